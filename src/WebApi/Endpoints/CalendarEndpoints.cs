using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Calendar.GetCalendar;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Endpoints;

public sealed class CalendarEndpoints : IEndpointGroup
{
    public static string Description => "The calendar: sessions of a window with room, engineer and client names.";

    public static string Prefix => "/api/calendar";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireStudioStaff();
        group.MapGet("/", Get);
    }

    static async Task<Ok<PagedResult<CalendarEntryDto>>> Get([AsParameters] GetCalendarQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));
}
