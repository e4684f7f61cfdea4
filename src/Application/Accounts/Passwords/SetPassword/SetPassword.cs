using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Security;

namespace RecordingStudio.Application.Accounts.Passwords.SetPassword;

/// <summary>Sets a password from a one-time link (an invitation or a reset).</summary>
[RequiresAccess(Access.Anonymous)]
public sealed record SetPasswordCommand(Guid UserId, string Token, string Password, string ConfirmPassword) : ICommand;

public sealed class SetPasswordCommandHandler(IAccountDirectory accounts) : ICommandHandler<SetPasswordCommand>
{
    public async ValueTask<Unit> Handle(SetPasswordCommand command, CancellationToken ct)
    {
        await accounts.SetPasswordAsync(command.UserId, command.Token, command.Password, ct);
        return Unit.Value;
    }
}
