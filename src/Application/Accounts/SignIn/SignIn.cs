using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.Application.Accounts.SignIn;

/// <summary>
/// Checks an e-mail and password for the studio (staff, or the client portal). Five failures in a row for one
/// e-mail from one address lock it for 15 minutes; unknown e-mails are counted the same way.
/// </summary>
[RequiresAccess(Access.Anonymous)]
public sealed record SignInCommand(string Email, string Password, string ClientAddress, bool Portal = false) : ICommand<SignInOutcome>;

/// <param name="WrongSide">The password was right but the account signs in on the other side (staff / portal): the
/// page can point there, as whoever typed it has shown they own the account.</param>
public sealed record SignInOutcome(AccountDto? Account, int AttemptsRemaining, DateTimeOffset? LockedUntil, bool WrongSide = false)
{
    public bool Succeeded => Account is not null;
}

public sealed class SignInCommandHandler(
    ISignInAttemptCounter attempts, IAccountDirectory accounts, IStudioActivity activity, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<SignInCommand, SignInOutcome>
{
    public async ValueTask<SignInOutcome> Handle(SignInCommand command, CancellationToken ct)
    {
        var email = command.Email.Trim().ToLowerInvariant();
        // The attempt is counted before the password is checked, so a parallel burst gets at most MaxFailures checks.
        var attempt = await attempts.CountAsync(email, command.ClientAddress, clock.GetUtcNow(), ct);
        if (attempt.Number > SignInThrottle.MaxFailures) return new SignInOutcome(null, 0, attempt.LockedUntil);

        var account = await accounts.CheckPasswordAsync(email, command.Password, ct);
        // Staff sign in on the staff side, clients in the portal; the other kind is refused, and told where to go.
        if (account is not null && account.Role.IsStaff() == command.Portal)
        {
            await attempts.ResetAsync(email, command.ClientAddress, ct);
            return new SignInOutcome(null, SignInThrottle.MaxFailures, null, WrongSide: true);
        }
        if (account is null)
            return attempt.LockedUntil is { } until
                ? new SignInOutcome(null, 0, until)
                : new SignInOutcome(null, SignInThrottle.MaxFailures - attempt.Number, null);

        await attempts.ResetAsync(email, command.ClientAddress, ct);
        if (tenant.Tenant is { } studio) await activity.RecordAsync(studio.OrganizationId, ct);
        return new SignInOutcome(account, SignInThrottle.MaxFailures, null);
    }
}
