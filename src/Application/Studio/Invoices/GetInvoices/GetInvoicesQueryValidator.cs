using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.Invoices.GetInvoices;

public sealed class GetInvoicesQueryValidator : AbstractValidator<GetInvoicesQuery>
{
    public GetInvoicesQueryValidator()
    {
        this.Paging(x => x.Page, x => x.PageSize);
        RuleFor(x => x.ClientId).NotEqual(Guid.Empty);
        RuleFor(x => x.Status).IsInEnum();
    }
}
