using FluentValidation;

namespace RecordingStudio.Application.Studio.BookingRequests.AcceptBookingRequest;

public sealed class AcceptBookingRequestCommandValidator : AbstractValidator<AcceptBookingRequestCommand>
{
    public AcceptBookingRequestCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        RuleFor(x => x.RoomId).NotEqual(Guid.Empty);
        RuleFor(x => x.EngineerId).NotEqual(Guid.Empty);
    }
}
