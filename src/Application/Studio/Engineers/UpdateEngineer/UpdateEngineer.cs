using FluentValidation;
using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Engineers.UpdateEngineer;

public sealed record UpdateEngineerCommand(Guid Id, string Name, string? Email, decimal HourlyRate, bool IsActive = true) : ICommand<EngineerDto>;

public sealed class UpdateEngineerCommandHandler(IRepository<Engineer> engineers) : ICommandHandler<UpdateEngineerCommand, EngineerDto>
{
    public async ValueTask<EngineerDto> Handle(UpdateEngineerCommand command, CancellationToken ct)
    {
        var engineer = await engineers.GetOrThrowAsync(command.Id, ct);
        engineer.Update(command.Name, command.Email, command.HourlyRate, command.IsActive);
        await engineers.SaveChangesAsync(ct);
        return engineer.Adapt<EngineerDto>();
    }
}

public sealed class UpdateEngineerCommandValidator : AbstractValidator<UpdateEngineerCommand>
{
    public UpdateEngineerCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        RuleFor(x => x.Name).RequiredName();
        RuleFor(x => x.Email).OptionalEmail();
        RuleFor(x => x.HourlyRate).HourlyRate();
    }
}
