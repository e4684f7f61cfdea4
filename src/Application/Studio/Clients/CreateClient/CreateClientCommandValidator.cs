using FluentValidation;

namespace RecordingStudio.Application.Studio.Clients.CreateClient;

public sealed class CreateClientCommandValidator : AbstractValidator<CreateClientCommand>
{
    public CreateClientCommandValidator() => this.AddClientFieldRules();
}
