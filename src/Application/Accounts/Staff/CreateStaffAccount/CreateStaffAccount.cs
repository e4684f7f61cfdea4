using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Plans;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Accounts;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Accounts.Staff.CreateStaffAccount;

/// <summary>Creates a staff account with a password at once (the operator's way; Owners invite by e-mail instead).</summary>
[RequiresAccess(Access.ManageStudio)]
public sealed record CreateStaffAccountCommand(string Email, string DisplayName, AccountRole Role, string Password, Guid? EngineerId = null)
    : ICommand<AccountDto>, IStaffAccountFields;

public sealed class CreateStaffAccountCommandHandler(IAccountDirectory accounts, IReadRepository<Engineer> engineers, PlanAllowance plan, PlanUsage usage)
    : ICommandHandler<CreateStaffAccountCommand, AccountDto>
{
    public async ValueTask<AccountDto> Handle(CreateStaffAccountCommand command, CancellationToken ct) =>
        await plan.WithinAsync(PlanAllowance.Counted.Staff, () => usage.StaffAsync(ct),
            () => accounts.CreateStaffAccountAsync(command, command.Password, engineers, ct), ct);
}
