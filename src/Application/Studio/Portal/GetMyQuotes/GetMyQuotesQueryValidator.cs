using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.Portal.GetMyQuotes;

public sealed class GetMyQuotesQueryValidator : AbstractValidator<GetMyQuotesQuery>
{
    public GetMyQuotesQueryValidator() => this.Paging(x => x.Page, x => x.PageSize);
}
