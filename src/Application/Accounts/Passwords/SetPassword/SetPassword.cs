using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Security;

namespace RecordingStudio.Application.Accounts.Passwords.SetPassword;

/// <summary>
/// Sets a password from a one-time link (an invitation or a reset) and answers the account, which the page signs in:
/// whoever holds the link and chose the password needs no second step.
/// </summary>
[RequiresAccess(Access.Anonymous)]
public sealed record SetPasswordCommand(Guid UserId, string Token, string Password, string ConfirmPassword) : ICommand<AccountDto>;

public sealed class SetPasswordCommandHandler(IAccountDirectory accounts) : ICommandHandler<SetPasswordCommand, AccountDto>
{
    public async ValueTask<AccountDto> Handle(SetPasswordCommand command, CancellationToken ct)
    {
        await accounts.SetPasswordAsync(command.UserId, command.Token, command.Password, ct);
        return await accounts.FindAsync(command.UserId, ct) ?? throw new Common.Exceptions.NotFoundException("Account", command.UserId);
    }
}
