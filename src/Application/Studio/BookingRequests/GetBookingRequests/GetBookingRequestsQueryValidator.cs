using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.BookingRequests.GetBookingRequests;

public sealed class GetBookingRequestsQueryValidator : AbstractValidator<GetBookingRequestsQuery>
{
    public GetBookingRequestsQueryValidator()
    {
        this.Paging(x => x.Page, x => x.PageSize);
        RuleFor(x => x.Status).IsInEnum();
    }
}
