namespace RecordingStudio.Domain.Accounts;

/// <summary>
/// Failed sign-ins for one e-mail from one client address. Kept whether or not the e-mail has an account,
/// so the answer never reveals which e-mails exist. Attempts are counted atomically in the database, before the
/// password is checked (ISignInAttemptCounter): the <see cref="MaxFailures"/>-th attempt in a row locks for
/// <see cref="LockoutDuration"/>, a successful sign-in clears the count, and a lapsed lock starts a fresh one.
/// </summary>
public sealed class SignInThrottle
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private SignInThrottle() { }

    public Guid Id { get; private init; } = Guid.CreateVersion7();
    public string Email { get; private set; } = "";
    public string ClientAddress { get; private set; } = "";
    public int Failures { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }
    public DateTimeOffset? LastFailureAt { get; private set; }
}
