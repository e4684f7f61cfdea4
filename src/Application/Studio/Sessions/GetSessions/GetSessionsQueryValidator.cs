using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.Sessions.GetSessions;

public sealed class GetSessionsQueryValidator : AbstractValidator<GetSessionsQuery>
{
    public GetSessionsQueryValidator()
    {
        RuleFor(x => x.To).GreaterThan(x => x.From).When(x => x.From is not null && x.To is not null)
            .WithSentence("'To' must be after 'From'.");
        RuleFor(x => x.Status).IsInEnum();
        this.Paging(x => x.Page, x => x.PageSize);
    }
}
