using FluentValidation;

namespace RecordingStudio.Application.Studio.Clients.ArchiveClient;

public sealed class ArchiveClientCommandValidator : AbstractValidator<ArchiveClientCommand>
{
    public ArchiveClientCommandValidator() => RuleFor(x => x.Id).NotEmpty();
}
