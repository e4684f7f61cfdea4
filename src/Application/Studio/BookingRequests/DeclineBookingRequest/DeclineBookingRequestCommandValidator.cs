using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Studio.BookingRequests.DeclineBookingRequest;

public sealed class DeclineBookingRequestCommandValidator : AbstractValidator<DeclineBookingRequestCommand>
{
    public DeclineBookingRequestCommandValidator()
    {
        RuleFor(x => x.Id).NotEmpty();
        RuleFor(x => x.Message).NotEmpty().OptionalText(FieldLimits.Notes);
    }
}
