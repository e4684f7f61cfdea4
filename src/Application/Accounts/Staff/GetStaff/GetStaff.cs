using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Common.Security;

namespace RecordingStudio.Application.Accounts.Staff.GetStaff;

/// <summary>The studio's staff accounts by name, a page at a time.</summary>
[RequiresAccess(Access.ManageStudio)]
public sealed record GetStaffQuery(int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<AccountDto>>;

public sealed class GetStaffQueryHandler(IAccountDirectory accounts) : IQueryHandler<GetStaffQuery, PagedResult<AccountDto>>
{
    // A studio's staff is a few dozen accounts at most: read whole, paged in memory.
    public async ValueTask<PagedResult<AccountDto>> Handle(GetStaffQuery query, CancellationToken ct) =>
        Paging.Of(await accounts.ListAsync(staff: true, ct), query.Page, query.PageSize);
}
