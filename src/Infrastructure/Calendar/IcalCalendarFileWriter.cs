using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.Extensions.Options;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Infrastructure.Email;

namespace RecordingStudio.Infrastructure.Calendar;

/// <summary>
/// RFC 5545/5546 with Ical.Net. Feeds are published calendars (METHOD:PUBLISH) in UTC; invitations carry the studio's
/// VTIMEZONE and its wall-clock times, the studio's sending address as organizer, a stable UID and a SEQUENCE.
/// </summary>
public sealed class IcalCalendarFileWriter(IOptions<EmailOptions> email, TimeProvider clock) : ICalendarFileWriter
{
    private const string ProductId = "-//Recording Studio Manager//EN";

    public string Write(CalendarFile file)
    {
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", file.Name);
        var stamp = new CalDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var e in file.Events)
            calendar.Events.Add(new CalendarEvent
            {
                Uid = e.Uid,
                Sequence = e.Sequence, // the same as the invitations sent for the session
                DtStamp = stamp,
                DtStart = new CalDateTime(e.Start.UtcDateTime),
                DtEnd = new CalDateTime(e.End.UtcDateTime),
                Summary = e.Summary,
                Location = e.Location,
                Description = e.Description,
                Status = e.Tentative ? "TENTATIVE" : "CONFIRMED",
            });
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    public string WriteInvitation(CalendarInvitation invitation) => WriteInvitations([invitation]);

    public string WriteInvitations(IReadOnlyList<CalendarInvitation> invitations)
    {
        var first = invitations[0];
        var calendar = new Ical.Net.Calendar { ProductId = ProductId, Method = first.Method };
        var zone = TimeZoneInfo.FindSystemTimeZoneById(first.TimeZone);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(first.TimeZone, first.Start.UtcDateTime.AddYears(-1), includeHistoricalData: false));
        CalDateTime Local(DateTimeOffset instant) =>
            new(DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, zone).DateTime, DateTimeKind.Unspecified), first.TimeZone);
        var organizer = MimeKit.MailboxAddress.Parse(email.Value.From);
        var stamp = new CalDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var invitation in invitations)
        {
            var invite = new CalendarEvent
            {
                Uid = invitation.Uid,
                Sequence = invitation.Sequence,
                DtStamp = stamp,
                DtStart = Local(invitation.Start),
                DtEnd = Local(invitation.End),
                Summary = invitation.Summary,
                Location = invitation.Location,
                Description = invitation.Description,
                Status = invitation.Method == "CANCEL" ? "CANCELLED" : invitation.Tentative ? "TENTATIVE" : "CONFIRMED",
                Organizer = new Organizer($"mailto:{organizer.Address}") { CommonName = invitation.OrganizerName },
            };
            invite.Attendees.Add(new Attendee($"mailto:{invitation.AttendeeEmail}") { CommonName = invitation.AttendeeName, Rsvp = false });
            calendar.Events.Add(invite);
        }
        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
