using System.Globalization;
using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Invoices;

/// <summary>A line not from a session: a description and its amount before tax (the studio's default rate unless given).</summary>
public sealed record FreeInvoiceLine([property: FreeText] string Description, decimal Amount, decimal? TaxPercent = null);

/// <summary>Free lines of invoices and credit notes: positive amounts (corrections are credit notes), at one of the studio's rates.</summary>
public sealed class FreeInvoiceLineValidator : AbstractValidator<FreeInvoiceLine>
{
    public FreeInvoiceLineValidator()
    {
        RuleFor(l => l.Description).NotEmpty().OptionalText(FieldLimits.Description);
        RuleFor(l => l.Amount).InclusiveBetween(0, 10_000_000).PrecisionScale(12, 3, ignoreTrailingZeros: true);
        RuleFor(l => l.TaxPercent).InclusiveBetween(0, 100).PrecisionScale(5, 2, ignoreTrailingZeros: true);
    }
}

public static class InvoiceLines
{
    /// <summary>
    /// A session's line: its price as booked, with how it was reached (hours × rates, a discount) — or, cancelled, what its
    /// cancellation cost (the fee or the deposit kept), tax taken out of it at the session's rate; title, date, times on
    /// the studio's clock, room and engineer in words.
    /// </summary>
    public static InvoiceLine ForSession(Session s, NamesOf named, StudioSettings studio)
    {
        // In the current language: the caller says whose (the client's, for what they are sent).
        var (title, when, room) = (s.Title ?? Text.Say("Session"), StudioTime.When(s.StartsAt, s.EndsAt, studio.Calendar), named.Room(s.RoomId));
        var said = named.Engineer(s.EngineerId) is { } engineer
            ? Text.Say("{0} — {1}, {2}, with {3}", title, when, room, engineer)
            : Text.Say("{0} — {1}, {2}", title, when, room);
        if (s.Status != SessionStatus.Cancelled)
            return new InvoiceLine(s.Id, s.PriceBasis.Length > 0 ? said + " (" + s.PriceBasis + ")" : said, s.PriceNet, s.PriceTaxPercent, s.PriceTax, s.RoomId, s.EngineerId);
        var net = Currencies.Round(s.CancellationCharge / (1 + s.PriceTaxPercent / 100m), s.Currency);
        return new InvoiceLine(s.Id, Text.Say("Cancellation charge: {0}", said), net, s.PriceTaxPercent, s.CancellationCharge - net, s.RoomId, s.EngineerId);
    }

    /// <summary>What can be invoiced: a booked session (not a hold), or a cancelled one its cancellation charged for.</summary>
    public static bool IsBillable(Session s) =>
        (s.Status.BlocksSchedule() && !s.IsHold) || (s.Status == SessionStatus.Cancelled && s.CancellationCharge > 0);

    /// <summary>The line rounded to the currency and taxed at its rate, which must be one of the studio's.</summary>
    public static InvoiceLine Free(FreeInvoiceLine line, StudioSettings studio)
    {
        var rate = line.TaxPercent ?? studio.TaxPercent;
        if (!studio.TaxRates.Contains(rate))
            throw new DomainException("unknown_tax_rate",
                "{0:0.##} % is not one of the studio's tax rates ({1}).", rate,
                string.Join(", ", studio.TaxRates.Select(r => r.ToString("0.## '%'", CultureInfo.CurrentCulture))));
        if (Currencies.Round(line.Amount, studio.Currency) != line.Amount)
            throw new DomainException("invalid_amount", "{0} has more decimals than {1} has ({2}).", line.Amount, studio.Currency, Currencies.MinorUnits(studio.Currency));
        var net = line.Amount;
        return new InvoiceLine(null, line.Description, net, rate, Currencies.Round(net * rate / 100m, studio.Currency));
    }
}
