namespace RecordingStudio.Application.Studio.Settings;

public sealed record StudioSettingsDto(string StudioName, string TimeZone, string Currency, TimeOnly OpensAt, TimeOnly ClosesAt, int HoldHours, int ReminderHours,
    decimal TaxPercent = 0, bool PricesIncludeTax = false);
