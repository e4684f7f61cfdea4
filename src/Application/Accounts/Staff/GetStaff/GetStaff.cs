using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Security;

namespace RecordingStudio.Application.Accounts.Staff.GetStaff;

[RequiresAccess(Access.ManageStudio)]
public sealed record GetStaffQuery : IQuery<IReadOnlyList<AccountDto>>;

public sealed class GetStaffQueryHandler(IAccountDirectory accounts) : IQueryHandler<GetStaffQuery, IReadOnlyList<AccountDto>>
{
    public async ValueTask<IReadOnlyList<AccountDto>> Handle(GetStaffQuery query, CancellationToken ct) =>
        await accounts.ListAsync(staff: true, ct);
}
