using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.Application.Accounts.Staff.ChangeStaffRole;

[RequiresAccess(Access.ManageStudio)]
public sealed record ChangeStaffRoleCommand(Guid Id, AccountRole Role) : ICommand<AccountDto>;

public sealed class ChangeStaffRoleCommandHandler(IAccountDirectory accounts) : ICommandHandler<ChangeStaffRoleCommand, AccountDto>
{
    public async ValueTask<AccountDto> Handle(ChangeStaffRoleCommand command, CancellationToken ct)
    {
        var account = await accounts.EnsureNotLastOwnerAsync(command.Id, ct);
        if (command.Role == AccountRole.Engineer && account.EngineerId is null)
            throw new Common.Exceptions.ConflictException("engineer_record_required",
                "Only an account linked to an engineer record can have the Engineer role.");
        return await accounts.UpdateAsync(command.Id, command.Role, isActive: null, ct);
    }
}
