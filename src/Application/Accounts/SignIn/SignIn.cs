using Mediator;
using RecordingStudio.Application.Common.Exceptions;
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

public sealed record SignInOutcome(AccountDto? Account, int AttemptsRemaining, DateTimeOffset? LockedUntil)
{
    public bool Succeeded => Account is not null;
}

public sealed class SignInCommandHandler(
    IRepository<SignInThrottle> throttles, IAccountDirectory accounts, IStudioActivity activity, ITenantContext tenant, TimeProvider clock)
    : ICommandHandler<SignInCommand, SignInOutcome>
{
    public async ValueTask<SignInOutcome> Handle(SignInCommand command, CancellationToken ct)
    {
        var email = command.Email.Trim().ToLowerInvariant();
        var now = clock.GetUtcNow();
        var throttle = await throttles.FirstOrDefaultAsync(new SignInThrottleSpec(email, command.ClientAddress), ct);
        if (throttle is not null && throttle.IsLocked(now)) return new SignInOutcome(null, 0, throttle.LockedUntil);

        var account = await accounts.CheckPasswordAsync(email, command.Password, ct);
        // Staff sign in on the staff side, clients in the portal; the other kind is refused like a wrong password.
        if (account is not null && account.Role.IsStaff() == command.Portal) account = null;
        if (account is not null)
        {
            if (throttle is not null)
            {
                throttles.Remove(throttle);
                await throttles.SaveChangesAsync(ct);
            }
            if (tenant.Tenant is { } studio) await activity.RecordAsync(studio.OrganizationId, ct);
            return new SignInOutcome(account, SignInThrottle.MaxFailures, null);
        }

        if (throttle is null)
        {
            throttle = new SignInThrottle(email, command.ClientAddress);
            throttles.Add(throttle);
        }
        throttle.RecordFailure(now);
        try
        {
            await throttles.SaveChangesAsync(ct);
        }
        catch (UniqueConstraintException)
        {
            // A parallel attempt created the counter first: count this failure on it.
            return await Handle(command, ct);
        }
        return throttle.IsLocked(now)
            ? new SignInOutcome(null, 0, throttle.LockedUntil)
            : new SignInOutcome(null, throttle.AttemptsRemaining, null);
    }
}
