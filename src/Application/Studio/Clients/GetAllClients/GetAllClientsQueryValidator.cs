using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Studio.Clients.GetAllClients;

public sealed class GetAllClientsQueryValidator : AbstractValidator<GetAllClientsQuery>
{
    public GetAllClientsQueryValidator()
    {
        RuleFor(x => x.Search).MaximumLength(FieldLimits.Name);
        this.Paging(x => x.Page, x => x.PageSize);
    }
}
