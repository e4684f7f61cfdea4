using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Settings.UpdateStudioSettings;

/// <summary>
/// Changes the studio's settings; what is left out (hold and reminder hours, tax, tax rates, payment terms, the deposit
/// and cancellation policies) keeps its value, except the legal details, which are the studio's as sent. A deposit
/// policy with neither percent nor amount removes the deposit; a cancellation policy with a 0-hour window, the terms;
/// an empty <see cref="Culture"/> writes money plainly again. <see cref="TaxRates"/> are every rate lines may
/// carry; the default <see cref="TaxPercent"/> is always one of them.
/// </summary>
[RequiresAccess(Access.ManageStudio)]
public sealed record UpdateStudioSettingsCommand(string StudioName, string TimeZone, string Currency, TimeOnly OpensAt, TimeOnly ClosesAt,
    int? HoldHours = null, int? ReminderHours = null, decimal? TaxPercent = null, bool? PricesIncludeTax = null,
    IReadOnlyList<decimal>? TaxRates = null, string? LegalName = null, [property: FreeText] string? Address = null,
    string? TaxId = null, int? PaymentTermsDays = null, [property: FreeText] string? InvoiceNote = null,
    DepositPolicyDto? DepositPolicy = null, CancellationPolicyDto? CancellationPolicy = null, string? Culture = null)
    : ICommand<StudioSettingsDto>;

public sealed class UpdateStudioSettingsCommandHandler(IRepository<StudioSettings> settings)
    : ICommandHandler<UpdateStudioSettingsCommand, StudioSettingsDto>
{
    public async ValueTask<StudioSettingsDto> Handle(UpdateStudioSettingsCommand command, CancellationToken ct)
    {
        var current = await settings.GetStudioSettingsAsync(ct);
        current.Update(command.StudioName, command.TimeZone, command.Currency, command.OpensAt, command.ClosesAt);
        current.UpdateHoldsAndReminders(command.HoldHours ?? current.HoldHours, command.ReminderHours ?? current.ReminderHours);
        current.UpdateTax(command.TaxPercent ?? current.TaxPercent, command.PricesIncludeTax ?? current.PricesIncludeTax);
        if (command.TaxRates is { } rates) current.UpdateTaxRates(rates);
        current.UpdateBilling(command.LegalName, command.Address, command.TaxId, command.PaymentTermsDays ?? current.PaymentTermsDays,
            command.InvoiceNote);
        if (command.Culture is not null) current.UpdateCulture(command.Culture);
        if (command.DepositPolicy is { } deposit)
            current.UpdateDeposit(Domain.Studio.DepositPolicy.Of(deposit.Percent, deposit.Amount, deposit.DueDays, deposit.DueFrom));
        if (command.CancellationPolicy is { } cancellation)
            current.UpdateCancellation(Domain.Studio.CancellationPolicy.Of(cancellation.WindowHours, cancellation.FeePercent, cancellation.KeepDeposit));
        await settings.SaveChangesAsync(ct);
        return current.Adapt<StudioSettingsDto>();
    }
}
