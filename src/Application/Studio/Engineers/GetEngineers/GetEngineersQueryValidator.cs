using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.Engineers.GetEngineers;

public sealed class GetEngineersQueryValidator : AbstractValidator<GetEngineersQuery>
{
    public GetEngineersQueryValidator() => this.Paging(x => x.Page, x => x.PageSize);
}
