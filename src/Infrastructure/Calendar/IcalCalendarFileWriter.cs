using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using RecordingStudio.Application.Common.Interfaces;

namespace RecordingStudio.Infrastructure.Calendar;

/// <summary>RFC 5545 with Ical.Net: a published calendar (METHOD:PUBLISH), times in UTC, a stable UID per session.</summary>
public sealed class IcalCalendarFileWriter(TimeProvider clock) : ICalendarFileWriter
{
    public string Write(CalendarFile file)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Recording Studio Manager//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", file.Name);
        var stamp = new CalDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var e in file.Events)
            calendar.Events.Add(new CalendarEvent
            {
                Uid = e.Uid,
                DtStamp = stamp,
                DtStart = new CalDateTime(e.Start.UtcDateTime),
                DtEnd = new CalDateTime(e.End.UtcDateTime),
                Summary = e.Summary,
                Location = e.Location,
                Description = e.Description,
            });
        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
