using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;

namespace RecordingStudio.Application.Accounts.Staff.UnlockSignIn;

/// <summary>Lifts a sign-in lockout for an e-mail, from every address; answers how many counters were cleared.</summary>
[RequiresAccess(Access.ManageStudio)]
public sealed record UnlockSignInCommand(string Email) : ICommand<int>;

public sealed class UnlockSignInCommandHandler(ISignInAttemptCounter attempts) : ICommandHandler<UnlockSignInCommand, int>
{
    public async ValueTask<int> Handle(UnlockSignInCommand command, CancellationToken ct) =>
        await attempts.ClearAsync(command.Email.Trim().ToLowerInvariant(), ct);
}
