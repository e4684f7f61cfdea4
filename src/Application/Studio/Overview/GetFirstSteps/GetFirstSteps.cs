using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Assistant;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Overview.GetFirstSteps;

/// <summary>
/// A new studio's first-run checklist: which of the first things to do are done. A step counts once done, even if
/// what it made is archived or past since (the first session stays done when its day is over).
/// </summary>
[RequiresAccess(Access.ReadStudio)]
public sealed record GetFirstStepsQuery : IQuery<FirstStepsDto>;

public sealed record FirstStepsDto(bool Room, bool Engineer, bool Client, bool Session, bool Colleague, bool Assistant)
{
    public bool AllDone => Room && Engineer && Client && Session && Colleague && Assistant;
}

public sealed class GetFirstStepsQueryHandler(
    IReadRepository<Room> rooms,
    IReadRepository<Engineer> engineers,
    IReadRepository<Client> clients,
    IReadRepository<Session> sessions,
    IReadRepository<AssistantMessage> assistant,
    IAccountDirectory accounts) : IQueryHandler<GetFirstStepsQuery, FirstStepsDto>
{
    public async ValueTask<FirstStepsDto> Handle(GetFirstStepsQuery query, CancellationToken ct) => new(
        await rooms.AnyAsync(new EverySpec<Room>(), ct),
        await engineers.AnyAsync(new EverySpec<Engineer>(), ct),
        await clients.AnyAsync(new EverySpec<Client>(), ct),
        await sessions.AnyAsync(new EverySpec<Session>(), ct),
        (await accounts.ListAsync(staff: true, ct)).Count > 1,
        await assistant.AnyAsync(new EverySpec<AssistantMessage>(), ct));
}
