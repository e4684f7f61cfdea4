using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Settings;

/// <summary>
/// The studio's settings; <see cref="TaxRates"/> lists every rate lines may carry (<see cref="TaxPercent"/>, the
/// default, among them); the legal details and payment terms are printed on invoices; the deposit asked of new
/// bookings and the cancellation terms (null: none).
/// </summary>
public sealed record StudioSettingsDto(string StudioName, string TimeZone, string Currency, TimeOnly OpensAt, TimeOnly ClosesAt, int HoldHours, int ReminderHours,
    decimal TaxPercent = 0, bool PricesIncludeTax = false, IReadOnlyList<decimal>? TaxRates = null,
    string? LegalName = null, string? Address = null, string? TaxId = null, int PaymentTermsDays = 30, string? InvoiceNote = null,
    DepositPolicyDto? DepositPolicy = null, CancellationPolicyDto? CancellationPolicy = null, string? Culture = null);

/// <summary>A percentage of the price or an amount (both null: no deposit), due <see cref="DueDays"/> after booking or before the session.</summary>
public sealed record DepositPolicyDto(decimal? Percent = null, decimal? Amount = null, int DueDays = 0, DepositDueFrom DueFrom = DepositDueFrom.Booking);

/// <summary>Cancelled less than <see cref="WindowHours"/> before it starts (0: no terms), a session costs <see cref="FeePercent"/> of its price; the deposit is kept when <see cref="KeepDeposit"/>.</summary>
public sealed record CancellationPolicyDto(int WindowHours = 0, decimal FeePercent = 0, bool KeepDeposit = false);

public sealed class StudioSettingsMapping : Mapster.IRegister
{
    public void Register(Mapster.TypeAdapterConfig config) =>
        config.NewConfig<StudioSettings, StudioSettingsDto>()
            .Map(d => d.DepositPolicy, s => s.Deposit == null ? null : new DepositPolicyDto(s.Deposit.Percent, s.Deposit.Amount, s.Deposit.DueDays, s.Deposit.DueFrom))
            .Map(d => d.CancellationPolicy, s => s.Cancellation == null ? null
                : new CancellationPolicyDto(s.Cancellation.WindowHours, s.Cancellation.FeePercent, s.Cancellation.KeepDeposit));
}
