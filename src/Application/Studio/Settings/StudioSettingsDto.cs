namespace RecordingStudio.Application.Studio.Settings;

/// <summary>
/// The studio's settings; <see cref="TaxRates"/> lists every rate lines may carry (<see cref="TaxPercent"/>, the
/// default, among them); the legal details and payment terms are printed on invoices.
/// </summary>
public sealed record StudioSettingsDto(string StudioName, string TimeZone, string Currency, TimeOnly OpensAt, TimeOnly ClosesAt, int HoldHours, int ReminderHours,
    decimal TaxPercent = 0, bool PricesIncludeTax = false, IReadOnlyList<decimal>? TaxRates = null,
    string? LegalName = null, string? Address = null, string? TaxId = null, int PaymentTermsDays = 30, string? InvoiceNote = null);
