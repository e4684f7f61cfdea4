using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Security;

namespace RecordingStudio.Application.Accounts.Staff.DeactivateStaff;

/// <summary>Ends the account's access at once: sign-ins and tokens stop working (its security stamp changes).</summary>
[RequiresAccess(Access.ManageStudio)]
public sealed record DeactivateStaffCommand(Guid Id) : ICommand<AccountDto>;

public sealed class DeactivateStaffCommandHandler(IAccountDirectory accounts) : ICommandHandler<DeactivateStaffCommand, AccountDto>
{
    public async ValueTask<AccountDto> Handle(DeactivateStaffCommand command, CancellationToken ct)
    {
        await accounts.EnsureNotLastOwnerAsync(command.Id, ct);
        return await accounts.UpdateAsync(command.Id, role: null, isActive: false, ct);
    }
}
