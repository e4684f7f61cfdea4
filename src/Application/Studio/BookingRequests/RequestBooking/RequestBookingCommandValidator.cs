using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Studio.BookingRequests.RequestBooking;

public sealed class RequestBookingCommandValidator : AbstractValidator<RequestBookingCommand>
{
    public RequestBookingCommandValidator(TimeProvider clock)
    {
        this.AddTimeRangeRules(x => x.StartsAt, x => x.EndsAt, clock);
        RuleFor(x => x.StartsAt).Must(start => start > clock.GetUtcNow()).WithSentence("Ask for a time that has not started yet.");
        RuleFor(x => x.RoomId).NotEqual(Guid.Empty);
        RuleFor(x => x.EngineerId).NotEqual(Guid.Empty);
        RuleFor(x => x.Note).OptionalText(FieldLimits.Notes);
    }
}
