using Ardalis.Specification;
using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Application.Platform.Tenants;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Settings.UpdateStudioSettings;

/// <summary>
/// Changes the studio's settings; what is left out (hold and reminder hours, tax, tax rates, payment terms, legal
/// details, the deposit and cancellation policies, the culture) keeps its value; an empty legal detail or culture
/// clears it. A deposit policy with neither percent nor amount removes the deposit; a cancellation policy with a 0-hour
/// window, the terms. The currency cannot change once sessions are priced or invoices made in it (409 currency_in_use). <see cref="TaxRates"/> are every rate lines may
/// carry; the default <see cref="TaxPercent"/> is always one of them.
/// </summary>
[RequiresAccess(Access.ManageStudio)]
public sealed record UpdateStudioSettingsCommand(string StudioName, string TimeZone, string Currency, TimeOnly OpensAt, TimeOnly ClosesAt,
    int? HoldHours = null, int? ReminderHours = null, decimal? TaxPercent = null, bool? PricesIncludeTax = null,
    IReadOnlyList<decimal>? TaxRates = null, string? LegalName = null, [property: FreeText] string? Address = null,
    string? TaxId = null, int? PaymentTermsDays = null, [property: FreeText] string? InvoiceNote = null,
    DepositPolicyDto? DepositPolicy = null, CancellationPolicyDto? CancellationPolicy = null, string? Culture = null)
    : ICommand<StudioSettingsDto>;

/// <summary>Sessions in the schedule with a price.</summary>
public sealed class PricedSessionsSpec : Specification<Session>
{
    public PricedSessionsSpec() => Query.Where(s => s.PriceGross > 0).Where(SessionStatusRules.InSchedule);
}

public sealed class UpdateStudioSettingsCommandHandler(IRepository<StudioSettings> settings, IReadRepository<Invoice> invoices, IReadRepository<Session> sessions,
    ITenantContext tenant, TenantChanges catalog)
    : ICommandHandler<UpdateStudioSettingsCommand, StudioSettingsDto>
{
    public async ValueTask<StudioSettingsDto> Handle(UpdateStudioSettingsCommand command, CancellationToken ct)
    {
        var current = await settings.GetStudioSettingsAsync(ct);
        if (!string.Equals(command.Currency, current.Currency, StringComparison.OrdinalIgnoreCase)
            && (await invoices.AnyAsync(new EverySpec<Invoice>(), ct) || await sessions.AnyAsync(new PricedSessionsSpec(), ct)))
            throw new ConflictException("currency_in_use",
                "The studio's sessions and invoices are in {0}: amounts are not converted, so the currency stays while money is recorded in it.", current.Currency);
        var before = (current.StudioName, current.TimeZone);
        current.Update(command.StudioName, command.TimeZone, command.Currency, command.OpensAt, command.ClosesAt);
        current.UpdateHoldsAndReminders(command.HoldHours ?? current.HoldHours, command.ReminderHours ?? current.ReminderHours);
        current.UpdateTax(command.TaxPercent ?? current.TaxPercent, command.PricesIncludeTax ?? current.PricesIncludeTax);
        if (command.TaxRates is { } rates) current.UpdateTaxRates(rates);
        current.UpdateBilling(command.LegalName ?? current.LegalName, command.Address ?? current.Address, command.TaxId ?? current.TaxId,
            command.PaymentTermsDays ?? current.PaymentTermsDays, command.InvoiceNote ?? current.InvoiceNote);
        if (command.Culture is not null) current.UpdateCulture(command.Culture);
        if (command.DepositPolicy is { } deposit)
            current.UpdateDeposit(Domain.Studio.DepositPolicy.Of(deposit.Percent, deposit.Amount, deposit.DueDays, deposit.DueFrom));
        if (command.CancellationPolicy is { } cancellation)
            current.UpdateCancellation(Domain.Studio.CancellationPolicy.Of(cancellation.WindowHours, cancellation.FeePercent, cancellation.KeepDeposit));
        await settings.SaveChangesAsync(ct);
        // The platform's catalog names the studio too (the operator's lists, messages about the studio): one name. Written
        // when they change, and whenever the (possibly 30 s old) resolved studio still disagrees — so saving the
        // settings again mends a catalog write that failed, and two instances changing it in turn end on the last.
        var after = (current.StudioName, current.TimeZone);
        if (tenant.Tenant is { } studio && (after != before || (studio.Name, studio.TimeZone) != after))
            await catalog.ApplyAsync(studio.Subdomain, o => o.UpdateProfile(current.StudioName, current.TimeZone), ct);
        return current.Adapt<StudioSettingsDto>();
    }
}
