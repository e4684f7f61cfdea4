using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Studio;

/// <summary>The single settings row of a studio database.</summary>
public sealed class StudioSettings
{
    public const int SingletonId = 1;

    private StudioSettings() { }

    public StudioSettings(string studioName, string timeZone, string currency, TimeOnly opensAt, TimeOnly closesAt) =>
        Update(studioName, timeZone, currency, opensAt, closesAt);

    public int Id { get; private init; } = SingletonId;
    public string StudioName { get; private set; } = "";
    public string TimeZone { get; private set; } = "UTC";
    public string Currency { get; private set; } = "EUR";
    public TimeOnly OpensAt { get; private set; }
    public TimeOnly ClosesAt { get; private set; }
    /// <summary>How long a hold lasts unless the booking says otherwise.</summary>
    public int HoldHours { get; private set; } = DefaultHoldHours;
    /// <summary>How long before a session its client and engineer are reminded of it; 0 sends no reminders.</summary>
    public int ReminderHours { get; private set; } = DefaultReminderHours;

    /// <summary>The tax on sessions, in percent (20 for 20 % VAT; 0 for none).</summary>
    public decimal TaxPercent { get; private set; }
    /// <summary>Whether rates are entered with tax (the tax is taken out of them) or without (it is added).</summary>
    public bool PricesIncludeTax { get; private set; }

    public void UpdateTax(decimal taxPercent, bool pricesIncludeTax)
    {
        if (taxPercent is < 0 or > 100)
            throw new DomainException("invalid_tax", "A tax rate is 0 to 100 percent.");
        (TaxPercent, PricesIncludeTax) = (taxPercent, pricesIncludeTax);
    }

    /// <summary>Other tax rates lines may carry (5.5 for a reduced VAT rate); <see cref="TaxPercent"/> is the default one.</summary>
    public decimal[] OtherTaxRates { get; private set; } = [];

    /// <summary>Every rate the studio bills at: the default first.</summary>
    public IReadOnlyList<decimal> TaxRates => [TaxPercent, .. OtherTaxRates.Where(r => r != TaxPercent).Order()];

    public void UpdateTaxRates(IEnumerable<decimal> otherRates)
    {
        var rates = otherRates.Distinct().Order().ToArray();
        if (rates.Any(r => r is < 0 or > 100) || rates.Length > MaxTaxRates)
            throw new DomainException("invalid_tax", "Up to {0} other tax rates, each 0 to 100 percent.", MaxTaxRates);
        OtherTaxRates = rates;
    }

    /// <summary>The studio's legal details printed on invoices: its company name (the studio's name if empty), address and tax id.</summary>
    public string? LegalName { get; private set; }
    public string? Address { get; private set; }
    public string? TaxId { get; private set; }
    /// <summary>Days after issue an invoice is due.</summary>
    public int PaymentTermsDays { get; private set; } = DefaultPaymentTermsDays;
    /// <summary>A note at the foot of every invoice: bank details, late fees, a thank-you.</summary>
    public string? InvoiceNote { get; private set; }

    public void UpdateBilling(string? legalName, string? address, string? taxId, int paymentTermsDays, string? invoiceNote)
    {
        LegalName = Guard.Optional(legalName, nameof(LegalName), FieldLimits.Name);
        Address = Guard.Optional(address, nameof(Address), MaxAddress);
        TaxId = Guard.Optional(taxId, nameof(TaxId), MaxTaxId);
        if (paymentTermsDays is < 0 or > MaxPaymentTermsDays)
            throw new DomainException("invalid_payment_terms", "Invoices are due 0 to {0} days after issue.", MaxPaymentTermsDays);
        PaymentTermsDays = paymentTermsDays;
        InvoiceNote = Guard.Optional(invoiceNote, nameof(InvoiceNote), MaxAddress);
    }

    /// <summary>The deposit asked of new bookings: a percentage or an amount (neither: none), due days after booking or before the session.</summary>
    public decimal? DepositPercent { get; private set; }
    public decimal? DepositAmount { get; private set; }
    public int DepositDueDays { get; private set; }
    public DepositDueFrom DepositDueFrom { get; private set; }

    public DepositPolicy? Deposit => DepositPolicy.Of(DepositPercent, DepositAmount, DepositDueDays, DepositDueFrom);

    public void UpdateDeposit(DepositPolicy? policy)
    {
        var valid = policy is null ? null : DepositPolicy.Of(policy.Percent, policy.Amount, policy.DueDays, policy.DueFrom);
        (DepositPercent, DepositAmount, DepositDueDays, DepositDueFrom) = (valid?.Percent, valid?.Amount, valid?.DueDays ?? 0, valid?.DueFrom ?? DepositDueFrom.Booking);
    }

    /// <summary>The cancellation terms: within the window (0: none) a fee of a percentage of the price, the deposit kept or not.</summary>
    public int CancellationWindowHours { get; private set; }
    public decimal CancellationFeePercent { get; private set; }
    public bool CancellationKeepsDeposit { get; private set; }

    public CancellationPolicy? Cancellation => CancellationPolicy.Of(CancellationWindowHours, CancellationFeePercent, CancellationKeepsDeposit);

    public void UpdateCancellation(CancellationPolicy? policy)
    {
        var valid = policy is null ? null : CancellationPolicy.Of(policy.WindowHours, policy.FeePercent, policy.KeepDeposit);
        (CancellationWindowHours, CancellationFeePercent, CancellationKeepsDeposit) = (valid?.WindowHours ?? 0, valid?.FeePercent ?? 0, valid?.KeepDeposit ?? false);
    }

    /// <summary>How the studio writes money and numbers ("fr-FR": 65,00 €); none: plainly, "65.00 EUR".</summary>
    public string? Culture { get; private set; }

    public void UpdateCulture(string? culture)
    {
        if (culture is { Length: > 0 } && !Currencies.IsCulture(culture))
            throw new DomainException("unknown_culture", "'{0}' is not a culture (use one like fr-FR or en-GB).", culture);
        Culture = string.IsNullOrEmpty(culture) ? null : CultureName(culture);
    }

    private static string CultureName(string culture) => System.Globalization.CultureInfo.GetCultureInfo(culture, predefinedOnly: true).Name;

    public const int MaxCulture = 16;

    public const int MaxTaxRates = 5, MaxAddress = 500, MaxTaxId = 50, MaxPaymentTermsDays = 365, DefaultPaymentTermsDays = 30;

    public const int DefaultHoldHours = 72, DefaultReminderHours = 24, MaxHoldHours = 24 * 60, MaxReminderHours = 24 * 14;

    public void Update(string studioName, string timeZone, string currency, TimeOnly opensAt, TimeOnly closesAt)
    {
        StudioName = Guard.Required(studioName, nameof(StudioName), FieldLimits.Name);
        if (!StudioCalendar.IsKnownTimeZone(timeZone))
            throw new DomainException("unknown_time_zone", "'{0}' is not an IANA time zone.", timeZone);
        TimeZone = timeZone;
        Currency = Guard.Required(currency, nameof(Currency), FieldLimits.Currency).ToUpperInvariant();
        if (closesAt <= opensAt)
            throw new DomainException("invalid_opening_hours", "The studio must close after it opens.");
        OpensAt = opensAt;
        ClosesAt = closesAt;
    }

    public void UpdateHoldsAndReminders(int holdHours, int reminderHours)
    {
        if (holdHours is < 1 or > MaxHoldHours)
            throw new DomainException("invalid_hold_hours", "A hold lasts 1 to {0} hours.", MaxHoldHours);
        if (reminderHours is < 0 or > MaxReminderHours)
            throw new DomainException("invalid_reminder_hours", "Reminders go 0 (none) to {0} hours before a session.", MaxReminderHours);
        (HoldHours, ReminderHours) = (holdHours, reminderHours);
    }

    public StudioCalendar Calendar => new(TimeZone);
}
