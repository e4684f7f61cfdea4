using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;

namespace RecordingStudio.Application.Accounts.Staff.ResetPassword;

/// <summary>Sets a new password for an account (the operator's help desk), ends its sign-ins and lifts any lockout.</summary>
[RequiresAccess(Access.ManageStudio)]
public sealed record ResetPasswordCommand(string Email, string NewPassword) : ICommand<AccountDto>;

public sealed class ResetPasswordCommandHandler(IAccountDirectory accounts, ISignInAttemptCounter attempts) : ICommandHandler<ResetPasswordCommand, AccountDto>
{
    public async ValueTask<AccountDto> Handle(ResetPasswordCommand command, CancellationToken ct)
    {
        var email = command.Email.Trim().ToLowerInvariant();
        var account = await accounts.FindByEmailAsync(email, ct) ?? throw new NotFoundException("Account", email);
        await accounts.SetPasswordAsync(account.Id, await accounts.CreatePasswordTokenAsync(account.Id, ct), command.NewPassword, ct);
        await attempts.ClearAsync(email, ct);
        return (await accounts.FindAsync(account.Id, ct))!;
    }
}
