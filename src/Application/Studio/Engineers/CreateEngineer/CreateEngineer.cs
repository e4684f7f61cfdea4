using Mapster;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Engineers.CreateEngineer;

[RequiresAccess(Access.ManageStudioData)]
public sealed record CreateEngineerCommand(string Name, string? Email, decimal HourlyRate) : ICommand<EngineerDto>, IEngineerFields;

public sealed class CreateEngineerCommandHandler(IRepository<Engineer> engineers) : ICommandHandler<CreateEngineerCommand, EngineerDto>
{
    public async ValueTask<EngineerDto> Handle(CreateEngineerCommand command, CancellationToken ct)
    {
        var engineer = new Engineer(command.Name, command.Email, command.HourlyRate);
        engineers.Add(engineer);
        await engineers.SaveChangesAsync(ct);
        return engineer.Adapt<EngineerDto>();
    }
}
