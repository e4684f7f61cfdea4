using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Accounts.Staff.GetStaff;

public sealed class GetStaffQueryValidator : AbstractValidator<GetStaffQuery>
{
    public GetStaffQueryValidator() => this.Paging(x => x.Page, x => x.PageSize);
}
