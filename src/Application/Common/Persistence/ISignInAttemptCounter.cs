namespace RecordingStudio.Application.Common.Persistence;

/// <summary>One counted sign-in attempt: its number in the current series and, once the limit is reached, the lock's end.</summary>
public sealed record SignInAttempt(int Number, DateTimeOffset? LockedUntil);

/// <summary>
/// The sign-in throttle's counter (see <see cref="Domain.Accounts.SignInThrottle"/>), changed in one atomic statement
/// before any password is checked: parallel attempts each get their own number, so a burst checks no more passwords
/// than the limit allows.
/// </summary>
public interface ISignInAttemptCounter
{
    /// <summary>
    /// Counts an attempt for the e-mail from the address. The <see cref="Domain.Accounts.SignInThrottle.MaxFailures"/>-th
    /// locks for <see cref="Domain.Accounts.SignInThrottle.LockoutDuration"/>; once a lock has lapsed the count starts over.
    /// </summary>
    Task<SignInAttempt> CountAsync(string email, string clientAddress, DateTimeOffset now, CancellationToken ct);

    /// <summary>A successful sign-in clears the count.</summary>
    Task ResetAsync(string email, string clientAddress, CancellationToken ct);

    /// <summary>Lifts every count and lock of the e-mail, from every address (an Owner's unlock, a password reset); answers how many.</summary>
    Task<int> ClearAsync(string email, CancellationToken ct);
}
