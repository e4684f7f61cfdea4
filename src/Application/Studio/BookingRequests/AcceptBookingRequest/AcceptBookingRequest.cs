using FluentValidation.Results;
using FluentValidation;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.BookingRequests.AcceptBookingRequest;

/// <summary>
/// Books the requested slot for the client — in the room asked for, or <see cref="RoomId"/> (required when the client
/// asked for any room), with the engineer asked for or <see cref="EngineerId"/> — through the same booking as every
/// other (rules, conflicts, notices: the client hears it is booked). A refused booking leaves the request pending.
/// </summary>
[RequiresAccess(Access.ManageSessions)]
public sealed record AcceptBookingRequestCommand(Guid Id, Guid? RoomId = null, Guid? EngineerId = null) : ICommand<BookingRequestDto>;

public sealed class AcceptBookingRequestCommandHandler(
    IRepository<BookingRequest> requests, SessionBooking booking, BookingRequestViews views, TimeProvider clock)
    : ICommandHandler<AcceptBookingRequestCommand, BookingRequestDto>
{
    public async ValueTask<BookingRequestDto> Handle(AcceptBookingRequestCommand command, CancellationToken ct)
    {
        var request = await requests.GetOrThrowAsync(command.Id, ct);
        request.EnsurePending("accept");
        var roomId = command.RoomId ?? request.RoomId
            ?? throw new ValidationException([new ValidationFailure(nameof(command.RoomId), Text.Say("The client asked for any room: say which room to book."))]);
        var session = new Session(request.ClientId, roomId, command.EngineerId ?? request.EngineerId, request.Slot, "Requested session", request.Note);
        request.Accept(session, clock.GetUtcNow()); // refused here, before booking, if it was already answered
        await booking.BookAsync(session, ct); // saves the request with the session, in the booking's transaction
        return (await views.ViewAsync([request], ct))[0];
    }
}
