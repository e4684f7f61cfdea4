using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.Rooms.GetRooms;

public sealed class GetRoomsQueryValidator : AbstractValidator<GetRoomsQuery>
{
    public GetRoomsQueryValidator() => this.Paging(x => x.Page, x => x.PageSize);
}
