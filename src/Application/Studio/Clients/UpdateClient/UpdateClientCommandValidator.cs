using FluentValidation;

namespace RecordingStudio.Application.Studio.Clients.UpdateClient;

public sealed class UpdateClientCommandValidator : AbstractValidator<UpdateClientCommand>
{
    public UpdateClientCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        this.AddClientFieldRules();
    }
}
