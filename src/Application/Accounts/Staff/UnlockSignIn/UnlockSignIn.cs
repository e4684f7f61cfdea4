using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.Application.Accounts.Staff.UnlockSignIn;

/// <summary>Lifts a sign-in lockout for an e-mail, from every address; answers how many counters were cleared.</summary>
[RequiresAccess(Access.ManageStudio)]
public sealed record UnlockSignInCommand(string Email) : ICommand<int>;

public sealed class ThrottlesForEmailSpec : Specification<SignInThrottle>
{
    public ThrottlesForEmailSpec(string email) => Query.Where(t => t.Email == email);
}

public sealed class UnlockSignInCommandHandler(IRepository<SignInThrottle> throttles) : ICommandHandler<UnlockSignInCommand, int>
{
    public async ValueTask<int> Handle(UnlockSignInCommand command, CancellationToken ct)
    {
        var found = await throttles.ListAsync(new ThrottlesForEmailSpec(command.Email.Trim().ToLowerInvariant()), ct);
        foreach (var throttle in found) throttles.Remove(throttle);
        await throttles.SaveChangesAsync(ct);
        return found.Count;
    }
}
