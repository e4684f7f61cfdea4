using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Studio;

/// <summary>
/// Draft until issued; then issued, partly paid or paid as payments come in, or void once credit notes cover all of it
/// with nothing paid.
/// </summary>
public enum InvoiceStatus
{
    Draft,
    Issued,
    PartlyPaid,
    Paid,
    Void,
}

/// <summary>
/// One line of an invoice or a credit note: a session (its date, times, room, engineer and title in the description;
/// the room and engineer kept for the reports, whatever happens to the session later) or a free line.
/// </summary>
public sealed class InvoiceLine
{
    private InvoiceLine() { }

    public InvoiceLine(Guid? sessionId, string description, decimal net, decimal taxPercent, decimal tax, Guid? roomId = null, Guid? engineerId = null)
    {
        SessionId = sessionId;
        Description = Guard.Required(description, nameof(Description), FieldLimits.Description);
        (Net, TaxPercent, Tax, RoomId, EngineerId) = (net, taxPercent, tax, roomId, engineerId);
    }

    /// <summary>The session billed; cleared when the invoice is void, so the session can be billed again.</summary>
    public Guid? SessionId { get; private set; }
    public string Description { get; private set; } = "";
    public decimal Net { get; private set; }
    public decimal TaxPercent { get; private set; }
    public decimal Tax { get; private set; }
    public decimal Gross => Net + Tax;
    public Guid? RoomId { get; private set; }
    public Guid? EngineerId { get; private set; }

    /// <summary>The same line, for a credit note that takes it back.</summary>
    public InvoiceLine Copy() => new(SessionId, Description, Net, TaxPercent, Tax, RoomId, EngineerId);

    internal void ReleaseSession() => SessionId = null;
}

/// <summary>The studio's legal details and the client's name and e-mail on an invoice, kept as they were when it was issued.</summary>
public sealed record InvoiceParties(string IssuerName, string? IssuerAddress, string? IssuerTaxId, string? IssuerNote, string ClientName, string? ClientEmail,
    string? ClientAddress = null, string? ClientTaxId = null);

/// <summary>The sums of an invoice's or a credit note's lines at one tax rate.</summary>
public sealed record TaxRateTotal(decimal TaxPercent, decimal Net, decimal Tax);

public enum PaymentMethod
{
    Transfer,
    Cash,
    Card,
    Online,
}

/// <summary>Money received against an invoice: when, how and the bank's or terminal's reference; who recorded it.</summary>
public sealed class Payment
{
    private Payment() { }

    public Payment(decimal amount, PaymentMethod method, DateOnly paidOn, string? reference, Guid? recordedBy, DateTimeOffset recordedAt,
        string? externalId = null)
    {
        Id = Guid.NewGuid();
        (Amount, Method, PaidOn, RecordedBy, RecordedAt, ExternalId) = (amount, method, paidOn, recordedBy, recordedAt.ToStoredPrecision(), externalId);
        Reference = Guard.Optional(reference, nameof(Reference), MaxReference);
    }

    public const int MaxReference = 200;

    public Guid Id { get; private set; }
    public decimal Amount { get; private set; }
    public PaymentMethod Method { get; private set; }
    public DateOnly PaidOn { get; private set; }
    public string? Reference { get; private set; }
    public Guid? RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
    /// <summary>The payment provider's id of the event that paid (a Stripe event): the same event never pays twice.</summary>
    public string? ExternalId { get; private set; }
}

/// <summary>
/// An invoice to a client: lines from sessions (their prices as booked) and free lines, in the studio's currency. A
/// draft can be deleted; issuing gives it the next number of the studio's year (2026-0001, without gaps or duplicates)
/// and its lines never change again — corrections are credit notes, which lower what is due; payments lower the balance.
/// </summary>
public sealed class Invoice : Entity
{
    public const int MaxLines = 200;
    private readonly List<InvoiceLine> _lines = [];
    private readonly List<Payment> _payments = [];

    private Invoice() { }

    public Invoice(Guid clientId, string currency, IEnumerable<InvoiceLine> lines, DateTimeOffset createdAt)
    {
        ClientId = clientId;
        Currency = currency;
        CreatedAt = createdAt.ToStoredPrecision();
        _lines.AddRange(lines);
        if (_lines.Count is 0 or > MaxLines)
            throw new DomainException("invalid_invoice_lines", "An invoice has 1 to {0} lines.", MaxLines);
        Status = InvoiceStatus.Draft;
    }

    public Guid ClientId { get; private set; }
    public string Currency { get; private set; } = "";

    /// <summary>The language its lines were written in for the client: the document stays in it, whatever they choose later.</summary>
    public string? Language { get; private set; }

    public void WrittenIn(string? language) => Language = Guard.Optional(language, nameof(Language), Platform.Organization.MaxLanguage);
    public InvoiceStatus Status { get; private set; }
    /// <summary>"2026-0001": the year it was issued in (studio time) and its place in that year; null while a draft.</summary>
    public string? Number { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? IssuedAt { get; private set; }
    /// <summary>The studio's date it was issued on, and the date it is due (the studio's payment terms later).</summary>
    public DateOnly? IssuedOn { get; private set; }
    public DateOnly? DueOn { get; private set; }
    /// <summary>The gross of the credit notes issued against it.</summary>
    public decimal Credited { get; private set; }
    public uint Version { get; private set; }
    public IReadOnlyList<InvoiceLine> Lines => _lines;
    public IReadOnlyList<Payment> Payments => _payments;

    public decimal Net => _lines.Sum(l => l.Net);
    public decimal Tax => _lines.Sum(l => l.Tax);
    public decimal Gross => Net + Tax;
    /// <summary>What the client owes in all: the gross less credit notes.</summary>
    public decimal Total => Gross - Credited;
    public decimal Paid => _payments.Sum(p => p.Amount);
    /// <summary>What is left to pay.</summary>
    public decimal Balance => Total - Paid;
    public IReadOnlyList<TaxRateTotal> TaxByRate => ByRate(_lines);

    public bool IsOverdue(DateOnly today) => DueOn < today && Status is InvoiceStatus.Issued or InvoiceStatus.PartlyPaid;

    /// <summary>Who issued it and to whom, as they were when it was issued: an issued invoice prints the same forever.</summary>
    public InvoiceParties? Parties { get; private set; }

    public static string NumberOf(int year, int sequence) => $"{year}-{sequence:0000}";

    public static IReadOnlyList<TaxRateTotal> ByRate(IEnumerable<InvoiceLine> lines) =>
        lines.GroupBy(l => l.TaxPercent).OrderByDescending(g => g.Key).Select(g => new TaxRateTotal(g.Key, g.Sum(l => l.Net), g.Sum(l => l.Tax))).ToList();

    public void Issue(int year, int sequence, DateTimeOffset now, DateOnly today, int paymentTermsDays, InvoiceParties? parties = null)
    {
        EnsureDraft();
        (Status, Number, IssuedAt, IssuedOn, DueOn, Parties) = (InvoiceStatus.Issued, NumberOf(year, sequence), now.ToStoredPrecision(), today,
            today.AddDays(paymentTermsDays), parties);
    }

    /// <summary>Only a draft may go: it has no number, so deleting it leaves no gap.</summary>
    public void EnsureDraft()
    {
        if (Status != InvoiceStatus.Draft)
            throw new InvalidStateException("invoice_issued", "Invoice {0} is issued; an issued invoice never changes — correct it with a credit note.", Number);
    }

    /// <param name="culture">The studio's money culture, for the amounts a refusal names.</param>
    public void RecordPayment(Payment payment, string? culture = null)
    {
        EnsureOpen("pay");
        if (payment.Amount <= 0 || Currencies.Round(payment.Amount, Currency) != payment.Amount)
            throw new DomainException("invalid_amount",
                "A payment is a positive amount with at most {0} decimals in {1}.", Currencies.MinorUnits(Currency), Currency);
        if (payment.Amount > Balance)
            throw new InvalidStateException("overpayment",
                "Invoice {0} has {1} left to pay; {2} is more than that.", Number, Currencies.Text(Balance, Currency, culture), Currencies.Text(payment.Amount, Currency, culture));
        _payments.Add(payment);
        Restate();
    }

    /// <summary>
    /// Takes back part of what is due (never more than is left to pay: money received is refunded first). Covering it
    /// all with nothing paid makes the invoice void and frees its sessions to be billed again.
    /// </summary>
    /// <param name="culture">The studio's money culture, for the amounts a refusal names.</param>
    public void Credit(CreditNote note, string? culture = null)
    {
        EnsureOpen("credit");
        if (note.Gross <= 0)
            throw new DomainException("invalid_credit_note", "A credit note takes back a positive amount.");
        if (note.Gross > Balance)
            throw new InvalidStateException("credit_exceeds_balance",
                "Invoice {0} has {1} left to pay; a credit note of {2} is more than that.", Number, Currencies.Text(Balance, Currency, culture), Currencies.Text(note.Gross, Currency, culture));
        Credited += note.Gross;
        Restate();
        if (Status == InvoiceStatus.Void)
            foreach (var line in _lines) line.ReleaseSession();
    }

    private void EnsureOpen(string verb)
    {
        if (Status == InvoiceStatus.Draft)
            throw new InvalidStateException("invoice_not_issued",
                verb == "pay" ? "A draft is issued before it is paid." : "A draft is issued before it is credited.");
        if (Status is InvoiceStatus.Void or InvoiceStatus.Paid)
            throw new InvalidStateException($"invoice_{Status.ToString().ToLowerInvariant()}",
                verb == "pay" ? "Invoice {0} is {1}: nothing is left to pay." : "Invoice {0} is {1}: nothing is left to credit.", Number, Status);
    }

    private void Restate() => Status = Total == 0 && Paid == 0 ? InvoiceStatus.Void
        : Paid >= Total ? InvoiceStatus.Paid
        : Paid > 0 ? InvoiceStatus.PartlyPaid
        : InvoiceStatus.Issued;
}

/// <summary>
/// A correction of an issued invoice: lines it takes back (some, or all of them), with its own number of the year
/// (CN-2026-0001), issued at once and never changed.
/// </summary>
public sealed class CreditNote : Entity
{
    private readonly List<InvoiceLine> _lines = [];

    private CreditNote() { }

    public CreditNote(Invoice invoice, IEnumerable<InvoiceLine> lines, string? reason, DateTimeOffset now, DateOnly today)
    {
        (InvoiceId, ClientId, Currency, IssuedAt, IssuedOn) = (invoice.Id, invoice.ClientId, invoice.Currency, now.ToStoredPrecision(), today);
        Reason = Guard.Optional(reason, nameof(Reason), FieldLimits.Description);
        _lines.AddRange(lines);
        if (_lines.Count is 0 or > Invoice.MaxLines)
            throw new DomainException("invalid_invoice_lines", "A credit note has 1 to {0} lines.", Invoice.MaxLines);
    }

    public Guid InvoiceId { get; private set; }
    public Guid ClientId { get; private set; }
    public string Number { get; private set; } = "";
    public string Currency { get; private set; } = "";
    public string? Reason { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    /// <summary>The studio's date it was issued on: the month its amounts come off the revenue.</summary>
    public DateOnly IssuedOn { get; private set; }
    public IReadOnlyList<InvoiceLine> Lines => _lines;
    public decimal Net => _lines.Sum(l => l.Net);
    public decimal Tax => _lines.Sum(l => l.Tax);
    public decimal Gross => Net + Tax;

    /// <summary>Dated when its number is taken: numbers and times go up together.</summary>
    public void DateAs(DateTimeOffset now, StudioCalendar calendar) => (IssuedAt, IssuedOn) = (now.ToStoredPrecision(), calendar.DateOf(now));

    /// <summary>Its number, given once the invoice has taken it, so a refused credit note leaves no gap.</summary>
    public void GiveNumber(int year, int sequence) => Number = $"CN-{year}-{sequence:0000}";
}
