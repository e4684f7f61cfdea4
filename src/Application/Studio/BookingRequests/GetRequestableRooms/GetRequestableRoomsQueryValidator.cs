using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.BookingRequests.GetRequestableRooms;

public sealed class GetRequestableRoomsQueryValidator : AbstractValidator<GetRequestableRoomsQuery>
{
    public GetRequestableRoomsQueryValidator() => this.Paging(x => x.Page, x => x.PageSize);
}
