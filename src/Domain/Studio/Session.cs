using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Studio;

/// <summary>A booking of a room (and optionally an engineer) for a client.</summary>
public sealed class Session : Entity
{
    private Session() { }

    public Session(Guid clientId, Guid roomId, Guid? engineerId, TimeSlot slot, string? title, string? notes, bool tentative = false)
    {
        ClientId = clientId;
        RoomId = roomId;
        EngineerId = engineerId;
        StartsAt = slot.Start;
        EndsAt = slot.End;
        RoomHeldUntil = slot.End;
        Title = Guard.Optional(title, nameof(Title), FieldLimits.Title);
        Notes = Guard.Optional(notes, nameof(Notes), FieldLimits.Notes);
        Status = tentative ? SessionStatus.Tentative : SessionStatus.Confirmed;
    }

    public Guid ClientId { get; private set; }
    public Guid RoomId { get; private set; }
    public Guid? EngineerId { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    /// <summary>The end plus the room's turnover when it was booked: the room is not free for another session before.</summary>
    public DateTimeOffset RoomHeldUntil { get; private set; }
    public string? Title { get; private set; }
    public string? Notes { get; private set; }
    public SessionStatus Status { get; private set; }
    /// <summary>How many times the session was moved or cancelled: the iCalendar SEQUENCE of the invitations sent for it.</summary>
    public int Sequence { get; private set; }
    /// <summary>The row's version: a change made from a stale read (a hold confirmed as it expires) is refused, not lost.</summary>
    public uint Version { get; private set; }

    /// <summary>For a hold: its place among the holds and bookings of its room at that time (1 = first in line).</summary>
    public int? HoldRank { get; private set; }
    /// <summary>For a hold: when it is released unless confirmed first.</summary>
    public DateTimeOffset? HoldExpiresAt { get; private set; }
    /// <summary>When the session joined the queue as a hold: holds placed later stand behind it, even once it is confirmed.</summary>
    public DateTimeOffset? HeldSince { get; private set; }
    /// <summary>When the reminder before the session was sent; cleared when it moves.</summary>
    public DateTimeOffset? ReminderSentAt { get; private set; }
    /// <summary>The series it was booked with, if any.</summary>
    public Guid? SeriesId { get; private set; }

    // The price as set when the session was booked, moved or adjusted: later rate changes do not touch it.
    public decimal PriceNet { get; private set; }
    public decimal PriceTax { get; private set; }
    public decimal PriceGross { get; private set; }
    public string Currency { get; private set; } = "EUR";
    /// <summary>How the price was reached, in words: "1 half day × 250.00 + engineer 4 h × 45.00, −10 %".</summary>
    public string PriceBasis { get; private set; } = "";
    public decimal? PriceOverride { get; private set; }
    public decimal? DiscountPercent { get; private set; }
    public decimal? DiscountAmount { get; private set; }
    /// <summary>Who last changed the price by hand, and when.</summary>
    public Guid? PriceChangedBy { get; private set; }
    public DateTimeOffset? PriceChangedAt { get; private set; }

    /// <summary>The parts the price was made of when priced: the rates' amount and words, the tax as it was then.</summary>
    public decimal RatesAmount { get; private set; }
    public string RatesBasis { get; private set; } = "";
    public decimal PriceTaxPercent { get; private set; }
    public bool PriceIncludesTax { get; private set; }

    public PriceAdjustment Adjustment => new(PriceOverride, DiscountPercent, DiscountAmount);

    /// <summary>The deposit asked when it was booked (null: never asked, 0: none) and when it is due (null: no release).</summary>
    public decimal? DepositAmount { get; private set; }
    public DateTimeOffset? DepositDueAt { get; private set; }
    public decimal DepositPaid { get; private set; }
    public DateOnly? DepositPaidOn { get; private set; }
    public PaymentMethod? DepositMethod { get; private set; }
    public string? DepositReference { get; private set; }
    /// <summary>What the cancellation cost the client, as the studio's terms said when it was cancelled (gross).</summary>
    public decimal CancellationCharge { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>Asks the studio's deposit once, when first priced at booking: a later move or price change keeps it.</summary>
    public void AskDeposit(DepositPolicy? policy, DateTimeOffset bookedAt)
    {
        if (DepositAmount is not null) return;
        (DepositAmount, DepositDueAt) = policy?.For(PriceGross, Currency, bookedAt, StartsAt) ?? (0m, null);
        if (DepositDueAt is { } due) DepositDueAt = due.ToStoredPrecision();
    }

    /// <param name="culture">The studio's money culture, for the amounts a refusal names.</param>
    public void RecordDeposit(decimal amount, PaymentMethod method, DateOnly paidOn, string? reference, string? culture = null)
    {
        if (!Status.BlocksSchedule())
            throw new InvalidStateException("session_not_open", "The session is {0}: no deposit is taken for it.", Status);
        if (amount <= 0 || Currencies.Round(amount, Currency) != amount)
            throw new DomainException("invalid_amount", "A deposit is a positive amount with at most {0} decimals in {1}.", Currencies.MinorUnits(Currency), Currency);
        if (DepositPaid + amount > PriceGross)
            throw new InvalidStateException("deposit_exceeds_price",
                "{0} is paid already: with {1} more the deposits would pass the session's price ({2}).",
                Currencies.Text(DepositPaid, Currency, culture), Currencies.Text(amount, Currency, culture), Currencies.Text(PriceGross, Currency, culture));
        DepositPaid += amount;
        (DepositPaidOn, DepositMethod, DepositReference) = (paidOn, method, Guard.Optional(reference, nameof(DepositReference), Payment.MaxReference));
    }

    public bool DepositIsPaid => DepositPaid >= (DepositAmount ?? 0);

    /// <summary>Past its deposit's due time, unpaid, still to come and still open: released (a hold) or cancelled by the timed work.</summary>
    public bool DepositOverdue(DateTimeOffset now) =>
        DepositDueAt <= now && !DepositIsPaid && now < StartsAt && Status.IsOpen();

    public void SetPrice(SessionPrice price)
    {
        (PriceNet, PriceTax, PriceGross, Currency, PriceBasis) = (price.Net, price.Tax, price.Gross, price.Currency, price.Basis);
        (RatesAmount, RatesBasis, PriceTaxPercent, PriceIncludesTax) = (price.RatesAmount, price.RatesBasis, price.TaxPercent, price.IncludesTax);
    }

    /// <summary>
    /// A price of its own or a discount, set by <paramref name="by"/>, applied to the rates' amount and the tax the session
    /// was priced with (today's rates and tax do not come into it).
    /// </summary>
    public void Adjust(PriceAdjustment adjustment, Guid? by, DateTimeOffset now, PriceWords? words = null)
    {
        if (adjustment.Override is < 0 || adjustment.DiscountAmount is < 0 || adjustment.DiscountPercent is < 0 or > 100)
            throw new DomainException("invalid_price", "A price or discount cannot be negative, nor a discount over 100 %.");
        (PriceOverride, DiscountPercent, DiscountAmount) = (adjustment.Override, adjustment.DiscountPercent, adjustment.DiscountAmount);
        (PriceChangedBy, PriceChangedAt) = (by, now.ToStoredPrecision());
        SetPrice(SessionPricing.Finish(RatesAmount, RatesBasis, PriceTaxPercent, PriceIncludesTax, Currency, Adjustment, words));
    }

    public TimeSlot Slot => new(StartsAt, EndsAt);
    public bool IsHold => Status == SessionStatus.Hold;

    /// <summary>A hold on the slot until <paramref name="expiresAt"/>, queued behind those placed before <paramref name="now"/>.</summary>
    public static Session NewHold(Guid clientId, Guid roomId, Guid? engineerId, TimeSlot slot, string? title, string? notes,
        DateTimeOffset now, DateTimeOffset expiresAt)
    {
        if (expiresAt <= now)
            throw new DomainException("invalid_hold_expiry", "A hold must expire in the future.");
        return new Session(clientId, roomId, engineerId, slot, title, notes)
        {
            Status = SessionStatus.Hold,
            HeldSince = now.ToStoredPrecision(),
            HoldExpiresAt = expiresAt.ToStoredPrecision(),
        };
    }

    /// <summary>
    /// True when this session — the one being booked, moved or confirmed — holds the same room as <paramref name="other"/> at an overlapping time (each with its
    /// room's turnover after it — the other's as it was booked, or <paramref name="roomTurnover"/>, the room's turnover
    /// now, when that is longer), or the same engineer (the engineer needs no turnover).
    /// </summary>
    public bool CollidesWith(Session other, TimeSpan roomTurnover = default)
    {
        var otherHeld = other.RoomHeldUntil > other.EndsAt + roomTurnover ? other.RoomHeldUntil : other.EndsAt + roomTurnover;
        return other.Id != Id
            && Status.BlocksSchedule() && other.Status.BlocksSchedule()
            && !StandsAhead(other)
            && ((other.RoomId == RoomId && StartsAt < otherHeld && other.StartsAt < RoomHeldUntil)
                || (EngineerId is not null && other.EngineerId == EngineerId && Slot.Overlaps(other.Slot)));
    }

    /// <summary>
    /// Holds never block each other, and a hold placed after this session joined the queue waits behind it: a 1st hold
    /// is confirmed over the 2nd and 3rd, but a booking made directly (never held) is refused over any hold.
    /// </summary>
    private bool StandsAhead(Session other) =>
        other.IsHold && (IsHold || (HeldSince is { } mine && other.HeldSince > mine));

    /// <summary>Keeps the room free for <paramref name="turnover"/> after the session (the room's rule when booked or moved).</summary>
    public void HoldRoomFor(TimeSpan turnover) => RoomHeldUntil = EndsAt + turnover;

    /// <summary>
    /// Moves the session. Moved to a time that does not overlap its old one, or to another room, it loses its place in
    /// the queue of holds: a hold joins the back of the queue there (its expiry never after its new start), a booking
    /// is refused over any hold there. Stretched or shifted within its time it keeps its place.
    /// </summary>
    public void Reschedule(TimeSlot slot, Guid? roomId = null, Guid? engineerId = null, bool changeEngineer = false)
    {
        EnsureOpen("reschedule");
        if (!slot.Overlaps(Slot) || (roomId is { } room && room != RoomId))
        {
            HeldSince = null;
            if (IsHold) HoldRank = null;
        }
        StartsAt = slot.Start;
        EndsAt = slot.End;
        RoomHeldUntil = slot.End;
        ReminderSentAt = null;
        if (HoldExpiresAt > slot.Start) HoldExpiresAt = slot.Start;
        Sequence++;
        if (roomId is { } newRoom) RoomId = newRoom;
        if (changeEngineer) EngineerId = engineerId;
    }

    /// <summary>Confirms a tentative session or a hold (the caller checked that no hold stands ahead of it).</summary>
    public void Confirm()
    {
        EnsureOpen("confirm");
        if (Status == SessionStatus.Confirmed)
            throw new InvalidStateException("already_confirmed", "The session is already confirmed.");
        Status = SessionStatus.Confirmed;
        HoldRank = null;
        HoldExpiresAt = null;
        Sequence++;
    }

    /// <summary>Gives up a hold (by the studio, the client, or its expiry): the holds behind it move up.</summary>
    public void Release()
    {
        EnsureHold("release");
        Status = SessionStatus.Released;
        HoldRank = null;
        HoldExpiresAt = null;
        Sequence++;
    }

    /// <summary>
    /// Another party wants the slot: the 1st hold must be confirmed within <paramref name="hours"/> or it is released.
    /// False when it already expires sooner (nothing changes).
    /// </summary>
    public bool Challenge(DateTimeOffset now, int hours)
    {
        EnsureHold("challenge");
        if (HoldRank != 1)
            throw new InvalidStateException("hold_not_first", "Only the 1st hold of a slot can be challenged.");
        var deadline = now.AddHours(hours).ToStoredPrecision();
        if (deadline >= HoldExpiresAt) return false;
        HoldExpiresAt = deadline;
        return true;
    }

    /// <summary>True when the hold has run out at <paramref name="now"/>.</summary>
    public bool HoldHasExpired(DateTimeOffset now) => IsHold && HoldExpiresAt <= now;

    /// <summary>
    /// A new hold joins the queue behind every hold already on its slot (checked under the room's lock), whatever the
    /// clocks of the instances that placed them say.
    /// </summary>
    public void QueueBehind(DateTimeOffset now, DateTimeOffset? lastHeldSince)
    {
        EnsureHold("queue");
        HeldSince ??= now.ToStoredPrecision();
        if (lastHeldSince is { } last && HeldSince <= last) HeldSince = last.AddTicks(10); // one microsecond, as stored
    }

    /// <summary>Its place in the queue, worked out by the caller from the holds and bookings of the room.</summary>
    public void PlaceInQueue(int rank)
    {
        EnsureHold("rank");
        HoldRank = rank >= 1 ? rank : throw new ArgumentOutOfRangeException(nameof(rank));
    }

    /// <summary>"1st hold", "2nd hold", "3rd hold", "11th hold", "21st hold" — as studios say it.</summary>
    public static string HoldName(int? rank) => rank is not { } n ? "hold"
        : n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" }) + " hold";

    public void BelongTo(SessionSeries series) => SeriesId = series.Id;

    public void MarkReminderSent(DateTimeOffset now) => ReminderSentAt = now.ToStoredPrecision();

    /// <summary>Cancels it, charging what the studio's cancellation terms say (nothing unless given).</summary>
    public void Cancel(CancellationTerms? terms = null, DateTimeOffset? now = null)
    {
        EnsureOpen("cancel");
        Status = SessionStatus.Cancelled;
        HoldRank = null;
        Sequence++;
        CancellationCharge = terms?.Charge ?? 0;
        CancelledAt = now?.ToStoredPrecision();
    }

    public void Complete(DateTimeOffset now)
    {
        EnsureOpen("complete");
        EnsureNotHeld("complete");
        if (now < StartsAt)
            throw new InvalidStateException("session_not_started", "A session cannot be completed before it starts.");
        Status = SessionStatus.Completed;
    }

    public void MarkNoShow(DateTimeOffset now)
    {
        EnsureOpen("mark as no-show");
        EnsureNotHeld("mark as no-show");
        if (now < StartsAt)
            throw new InvalidStateException("session_not_started", "A session cannot be a no-show before it starts.");
        Status = SessionStatus.NoShow;
    }

    private void EnsureNotHeld(string action)
    {
        if (IsHold)
            throw new InvalidStateException("hold_not_confirmed", "Cannot {0} a hold: confirm it first.", new Term(action));
    }

    private void EnsureHold(string action)
    {
        if (!IsHold)
            throw new InvalidStateException("not_a_hold", "Cannot {0} a session that is {1}: it is not a hold.", new Term(action), Status);
    }

    private void EnsureOpen(string action)
    {
        if (!Status.IsOpen())
            throw new InvalidStateException("invalid_status_transition",
                "Cannot {0} a session that is {1}.", new Term(action), Status);
    }
}
