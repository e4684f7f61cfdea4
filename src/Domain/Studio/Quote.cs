using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Studio;

/// <summary>A draft until sent to the client; then the client accepts or declines it in the portal.</summary>
public enum QuoteStatus
{
    Draft,
    Sent,
    Accepted,
    Declined,
}

/// <summary>
/// A price offered to a client before the work: lines from sessions — holds and pencilled-in ones included, which the
/// client's acceptance confirms — and free lines, numbered on creation (Q-2026-0001) and valid until a day.
/// </summary>
public sealed class Quote : Entity
{
    public const int MaxNote = 2000, DefaultValidDays = 30;
    private readonly List<InvoiceLine> _lines = [];

    private Quote() { }

    public Quote(Guid clientId, string currency, IEnumerable<InvoiceLine> lines, DateOnly validUntil, DateTimeOffset now)
    {
        (ClientId, Currency, ValidUntil, CreatedAt, Status) = (clientId, currency, validUntil, now.ToStoredPrecision(), QuoteStatus.Draft);
        _lines.AddRange(lines);
        if (_lines.Count is 0 or > Invoice.MaxLines)
            throw new DomainException("invalid_quote_lines", "A quote has 1 to {0} lines.", Invoice.MaxLines);
    }

    public Guid ClientId { get; private set; }
    public string Number { get; private set; } = "";

    /// <summary>The language its lines were written in for the client: the document stays in it, whatever they choose later.</summary>
    public string? Language { get; private set; }

    public void WrittenIn(string? language) => Language = Guard.Optional(language, nameof(Language), Platform.Organization.MaxLanguage);
    public string Currency { get; private set; } = "";
    public QuoteStatus Status { get; private set; }
    public DateOnly ValidUntil { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    /// <summary>What the client said when declining.</summary>
    public string? ClientNote { get; private set; }
    public uint Version { get; private set; }
    public IReadOnlyList<InvoiceLine> Lines => _lines;
    public IReadOnlyList<Guid> SessionIds => _lines.Select(l => l.SessionId).OfType<Guid>().ToList();

    public decimal Net => _lines.Sum(l => l.Net);
    public decimal Tax => _lines.Sum(l => l.Tax);
    public decimal Gross => Net + Tax;
    public IReadOnlyList<TaxRateTotal> TaxByRate => Invoice.ByRate(_lines);

    public void GiveNumber(int year, int sequence) => Number = $"Q-{year}-{sequence:0000}";

    public bool HasExpired(DateOnly today) => Status is QuoteStatus.Draft or QuoteStatus.Sent && ValidUntil < today;

    /// <summary>Sent (again: a reminder is a second send) while the client has not answered.</summary>
    public void Send(DateTimeOffset now, DateOnly today)
    {
        EnsureOpen(today);
        (Status, SentAt) = (QuoteStatus.Sent, now.ToStoredPrecision());
    }

    public void Accept(DateTimeOffset now, DateOnly today)
    {
        EnsureAwaitingAnswer(today);
        (Status, DecidedAt) = (QuoteStatus.Accepted, now.ToStoredPrecision());
    }

    public void Decline(string? note, DateTimeOffset now, DateOnly today)
    {
        EnsureAwaitingAnswer(today);
        (Status, DecidedAt, ClientNote) = (QuoteStatus.Declined, now.ToStoredPrecision(), Guard.Optional(note, nameof(ClientNote), MaxNote));
    }

    /// <summary>What the client can answer: a sent quote still valid.</summary>
    public void EnsureAwaitingAnswer(DateOnly today)
    {
        if (Status != QuoteStatus.Sent)
            throw Status == QuoteStatus.Draft
                ? new InvalidStateException("quote_not_sent", "Quote {0} has not been sent yet.", Number)
                : new InvalidStateException("quote_decided", "Quote {0} is already {1}.", Number, Status);
        EnsureOpen(today);
    }

    private void EnsureOpen(DateOnly today)
    {
        if (Status is QuoteStatus.Accepted or QuoteStatus.Declined)
            throw new InvalidStateException("quote_decided", "Quote {0} is already {1}.", Number, Status);
        if (ValidUntil < today)
            throw new InvalidStateException("quote_expired", "Quote {0} was valid until {1:d MMM yyyy}; the studio can make a new one.", Number, ValidUntil);
    }
}
