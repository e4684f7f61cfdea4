using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Application.Studio.Portal;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.BookingRequests.RequestBooking;

/// <summary>
/// The signed-in client asks for a slot (a room or any, an engineer or any, a note). The room and engineer must be
/// bookable ones; whether the time is free is the studio's call when it accepts. The owners and managers are told.
/// </summary>
[RequiresAccess(Access.Portal)]
public sealed record RequestBookingCommand(
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    Guid? RoomId = null,
    Guid? EngineerId = null,
    [property: FreeText] string? Note = null) : ICommand<BookingRequestDto>;

public sealed class RequestBookingCommandHandler(
    IRepository<BookingRequest> requests,
    IReadRepository<Client> clients,
    IReadRepository<Room> rooms,
    IResourceLocks locks,
    IReadRepository<Engineer> engineers,
    IReadRepository<StudioSettings> settings,
    ManagerNotices notices,
    BookingRequestViews views,
    ICurrentUser user,
    TimeProvider clock) : ICommandHandler<RequestBookingCommand, BookingRequestDto>
{
    public async ValueTask<BookingRequestDto> Handle(RequestBookingCommand command, CancellationToken ct)
    {
        var clientId = user.RequireClientId();
        if (await clients.GetByIdAsync(clientId, ct) is not { IsArchived: false })
            throw new ConflictException("client_archived", "Your account with the studio is archived: contact the studio to book.");
        if (command.RoomId is { } roomId && await rooms.GetByIdAsync(roomId, ct) is not { IsActive: true })
            throw new NotFoundException(NotFoundException.NameOf(typeof(Room)), roomId);
        if (command.EngineerId is { } engineerId && await engineers.GetByIdAsync(engineerId, ct) is not { IsActive: true })
            throw new NotFoundException(NotFoundException.NameOf(typeof(Engineer)), engineerId);
        var now = clock.GetUtcNow();
        var request = new BookingRequest(clientId, new TimeSlot(command.StartsAt, command.EndsAt), command.RoomId, command.EngineerId,
            command.Note, now);
        // Counted and saved under the client's lock: a burst cannot pass the limit between the count and the save.
        await locks.RunExclusiveAsync([clientId], async () =>
        {
            if (await requests.CountAsync(new PendingRequestsOfClientSpec(clientId, now), ct) >= BookingRequest.MaxPendingPerClient)
                throw new ConflictException("too_many_requests",
                    "You have {0} requests waiting for the studio's answer; ask again once it has answered some.", BookingRequest.MaxPendingPerClient);
            requests.Add(request);
            await requests.SaveChangesAsync(ct);
        }, ct);
        var view = (await views.ViewAsync([request], ct))[0];
        await TellStudioAsync(view, CancellationToken.None);
        return view;
    }

    /// <summary>The owners and managers hear of a new request; one that cannot be told is logged, the request stands.</summary>
    private async Task TellStudioAsync(BookingRequestDto request, CancellationToken ct)
    {
        var studio = await settings.GetStudioSettingsAsync(ct);
        await notices.TellAsync(text =>
        {
            var when = StudioTime.When(request.StartsAt, request.EndsAt, studio.Calendar);
            return (text["Manager.RequestSubject", request.Client, when],
                text["Manager.RequestAsks", request.Client, request.Room ?? text["Portal.AnyRoom"].Value, when, studio.TimeZone] +
                (request.Engineer is null ? "" : text["Requests.WithEngineer", request.Engineer].Value) + (request.Note is null ? "." : $":\n\n{request.Note}") +
                "\n\n" + text["Manager.RequestHow"]);
        }, ct);
    }
}
