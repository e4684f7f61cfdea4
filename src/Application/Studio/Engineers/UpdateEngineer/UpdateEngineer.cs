using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Engineers.UpdateEngineer;

[RequiresAccess(Access.ManageStudioData)]
public sealed record UpdateEngineerCommand(Guid Id, string Name, string? Email, decimal HourlyRate, bool IsActive = true) : ICommand<EngineerDto>, IEngineerFields;

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
