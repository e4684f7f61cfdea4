using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Studio;

public enum InvoiceStatus
{
    Draft,
    Issued,
}

/// <summary>One line of an invoice: a session (its date, times, room, engineer and title in the description) or a free line.</summary>
public sealed class InvoiceLine
{
    private InvoiceLine() { }

    public InvoiceLine(Guid? sessionId, string description, decimal net, decimal taxPercent, decimal tax)
    {
        SessionId = sessionId;
        Description = Guard.Required(description, nameof(Description), FieldLimits.Description);
        (Net, TaxPercent, Tax) = (net, taxPercent, tax);
    }

    public Guid? SessionId { get; private set; }
    public string Description { get; private set; } = "";
    public decimal Net { get; private set; }
    public decimal TaxPercent { get; private set; }
    public decimal Tax { get; private set; }
    public decimal Gross => Net + Tax;
}

/// <summary>
/// An invoice to a client: lines from sessions (their prices as booked) and free lines, in the studio's currency. A
/// draft can be changed; issuing gives it the next number of the studio's year (2026-0001, without gaps or duplicates)
/// and it never changes again — corrections are credit notes.
/// </summary>
public sealed class Invoice : Entity
{
    public const int MaxLines = 200;
    private readonly List<InvoiceLine> _lines = [];

    private Invoice() { }

    public Invoice(Guid clientId, string currency, IEnumerable<InvoiceLine> lines, DateTimeOffset createdAt)
    {
        ClientId = clientId;
        Currency = currency;
        CreatedAt = createdAt.ToStoredPrecision();
        _lines.AddRange(lines);
        if (_lines.Count is 0 or > MaxLines)
            throw new DomainException("invalid_invoice_lines", $"An invoice has 1 to {MaxLines} lines.");
        Status = InvoiceStatus.Draft;
    }

    public Guid ClientId { get; private set; }
    public string Currency { get; private set; } = "";
    public InvoiceStatus Status { get; private set; }
    /// <summary>"2026-0001": the year it was issued in (studio time) and its place in that year; null while a draft.</summary>
    public string? Number { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? IssuedAt { get; private set; }
    public uint Version { get; private set; }
    public IReadOnlyList<InvoiceLine> Lines => _lines;

    public decimal Net => _lines.Sum(l => l.Net);
    public decimal Tax => _lines.Sum(l => l.Tax);
    public decimal Gross => Net + Tax;

    public static string NumberOf(int year, int sequence) => $"{year}-{sequence:0000}";

    public void Issue(int year, int sequence, DateTimeOffset now)
    {
        if (Status != InvoiceStatus.Draft)
            throw new InvalidStateException("invoice_issued", $"Invoice {Number} is already issued; an issued invoice never changes.");
        (Status, Number, IssuedAt) = (InvoiceStatus.Issued, NumberOf(year, sequence), now.ToStoredPrecision());
    }
}
