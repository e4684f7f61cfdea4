using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.BookingRequests.GetMyBookingRequests;

public sealed class GetMyBookingRequestsQueryValidator : AbstractValidator<GetMyBookingRequestsQuery>
{
    public GetMyBookingRequestsQueryValidator() => this.Paging(x => x.Page, x => x.PageSize);
}
