using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.Portal.GetMyInvoices;

public sealed class GetMyInvoicesQueryValidator : AbstractValidator<GetMyInvoicesQuery>
{
    public GetMyInvoicesQueryValidator() => this.Paging(x => x.Page, x => x.PageSize);
}
