using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Accounts.ApiKeys.GetApiKeys;

public sealed class GetApiKeysQueryValidator : AbstractValidator<GetApiKeysQuery>
{
    public GetApiKeysQueryValidator() => this.Paging(x => x.Page, x => x.PageSize);
}
