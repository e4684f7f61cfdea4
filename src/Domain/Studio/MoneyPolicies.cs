using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Studio;

public enum DepositDueFrom
{
    /// <summary>Due a number of days after the booking.</summary>
    Booking,
    /// <summary>Due a number of days before the session starts.</summary>
    Session,
}

/// <summary>
/// The studio's deposit: a percentage of the session's price or a fixed amount (never more than the price), due a
/// number of days after booking or before the session. A booking made too close to its session for the deposit to be
/// paid a day later has no due time: nothing releases it automatically.
/// </summary>
public sealed record DepositPolicy(decimal? Percent, decimal? Amount, int DueDays, DepositDueFrom DueFrom)
{
    public const int MaxDueDays = 365;

    public static DepositPolicy? Of(decimal? percent, decimal? amount, int dueDays, DepositDueFrom dueFrom)
    {
        if (percent is null && amount is null) return null;
        if (percent is not null && amount is not null)
            throw new DomainException("invalid_deposit_policy", "A deposit is a percentage or an amount, not both.");
        if (percent is <= 0 or > 100 || amount is <= 0 || dueDays is < 0 or > MaxDueDays)
            throw new DomainException("invalid_deposit_policy", "A deposit is 1 to 100 % or a positive amount, due 0 to {0} days after booking or before the session.", MaxDueDays);
        return new DepositPolicy(percent, amount, dueDays, dueFrom);
    }

    public (decimal Amount, DateTimeOffset? DueAt) For(decimal gross, string currency, DateTimeOffset bookedAt, DateTimeOffset startsAt)
    {
        var amount = Math.Min(gross, Percent is { } percent ? Currencies.Round(gross * percent / 100m, currency) : Amount ?? 0);
        return (amount, amount <= 0 ? null : DueAt(bookedAt, startsAt));
    }

    /// <summary>When a deposit asked at <paramref name="bookedAt"/> is due; null when that leaves less than a day to pay it.</summary>
    public DateTimeOffset? DueAt(DateTimeOffset bookedAt, DateTimeOffset startsAt)
    {
        var dueAt = DueFrom == DepositDueFrom.Booking ? bookedAt.AddDays(DueDays) : startsAt.AddDays(-DueDays);
        if (dueAt > startsAt) dueAt = startsAt;
        return dueAt < bookedAt.AddDays(1) ? null : dueAt;
    }
}

/// <summary>
/// The studio's cancellation terms: cancelled less than <see cref="WindowHours"/> before it starts, a session costs
/// <see cref="FeePercent"/> of its price, and its deposit is kept when <see cref="KeepDeposit"/>.
/// </summary>
public sealed record CancellationPolicy(int WindowHours, decimal FeePercent, bool KeepDeposit)
{
    public const int MaxWindowHours = 24 * 30;

    public static CancellationPolicy? Of(int windowHours, decimal feePercent, bool keepDeposit)
    {
        if (windowHours is < 0 or > MaxWindowHours || feePercent is < 0 or > 100)
            throw new DomainException("invalid_cancellation_policy", "A cancellation window is 0 to {0} hours, its fee 0 to 100 % of the price.", MaxWindowHours);
        return windowHours == 0 ? null : new CancellationPolicy(windowHours, feePercent, keepDeposit);
    }
}

/// <summary>What cancelling a session now costs the client: the fee (gross) and the deposit the studio keeps, in words too.</summary>
public sealed record CancellationTerms(bool WithinWindow, decimal HoursBefore, decimal Fee, decimal DepositPaid, decimal DepositKept, string Currency, string Summary)
{
    /// <summary>The summary as a sentence to say in the reader's language (the API's <see cref="Summary"/> is that sentence, said).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public TranslatableText Wording { get; init; } = new(Summary);

    /// <summary>What is charged for the cancellation: the fee, or the deposit kept when that is more.</summary>
    public decimal Charge => Math.Max(Fee, DepositKept);

    public static CancellationTerms For(Session session, CancellationPolicy? policy, DateTimeOffset now, string? culture = null)
    {
        var hours = Math.Max(0, (decimal)(session.StartsAt - now).TotalHours);
        var within = policy is not null && !session.IsHold && now < session.StartsAt && hours < policy.WindowHours;
        var fee = within ? Currencies.Round(session.PriceGross * policy!.FeePercent / 100m, session.Currency) : 0;
        var kept = within && policy!.KeepDeposit ? session.DepositPaid : 0;
        TranslatableText wording = !within
            ? policy is null || session.IsHold ? new("No cancellation fee.") : new("No cancellation fee: more than {0} h before the session.", policy.WindowHours)
            : (fee > 0, kept > 0) switch
            {
                (true, true) => new("Cancelled {0:0} h before the session (less than {1} h): a fee of {2} ({3:0.##} %), the deposit of {4} is kept.",
                    Math.Floor(hours), policy!.WindowHours, Currencies.Text(fee, session.Currency, culture), policy.FeePercent, Currencies.Text(kept, session.Currency, culture)),
                (true, false) => new("Cancelled {0:0} h before the session (less than {1} h): a fee of {2} ({3:0.##} %).",
                    Math.Floor(hours), policy!.WindowHours, Currencies.Text(fee, session.Currency, culture), policy.FeePercent),
                (false, true) => new("Cancelled {0:0} h before the session (less than {1} h): no fee, the deposit of {2} is kept.",
                    Math.Floor(hours), policy!.WindowHours, Currencies.Text(kept, session.Currency, culture)),
                _ => new("Cancelled {0:0} h before the session (less than {1} h): no fee.", Math.Floor(hours), policy!.WindowHours),
            };
        return new CancellationTerms(within, Math.Round(hours, 1), fee, session.DepositPaid, kept, session.Currency, wording.ToString()) { Wording = wording };
    }
}
