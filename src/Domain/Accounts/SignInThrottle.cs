namespace RecordingStudio.Domain.Accounts;

/// <summary>
/// Failed sign-ins for one e-mail from one client address. Kept whether or not the e-mail has an account,
/// so the answer never reveals which e-mails exist.
/// </summary>
public sealed class SignInThrottle
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private SignInThrottle() { }

    public SignInThrottle(string email, string clientAddress)
    {
        Email = email;
        ClientAddress = clientAddress;
    }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public string Email { get; private set; } = "";
    public string ClientAddress { get; private set; } = "";
    public int Failures { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }
    public DateTimeOffset? LastFailureAt { get; private set; }

    public bool IsLocked(DateTimeOffset now) => LockedUntil > now;

    public int AttemptsRemaining => MaxFailures - Failures;

    /// <summary>Counts a failure; the fifth in a row locks for 15 minutes. A lapsed lock starts a fresh count.</summary>
    public void RecordFailure(DateTimeOffset now)
    {
        if (LockedUntil is { } until && until <= now)
        {
            Failures = 0;
            LockedUntil = null;
        }
        Failures++;
        LastFailureAt = now;
        if (Failures >= MaxFailures) LockedUntil = now + LockoutDuration;
    }
}
