using Ical.Net;
using MimeKit;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Engineers;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Api;

/// <summary>The client and the engineer hear of a booking, a move and a cancellation, with an invitation their calendar takes.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SessionNotificationTests(PlatformFixture platform)
{
    [Fact]
    public async Task Booking_moving_and_cancelling_send_invitations_that_update_the_same_calendar_event()
    {
        var studio = await CreateAsync(platform, "notify");
        var clientEmail = $"mia@{studio.Subdomain}.test";
        var engineerEmail = $"theo@{studio.Subdomain}.test";
        var client = await (await studio.Http.PostJsonAsync("/api/clients", new { name = "Mia Stone", email = clientEmail })).ReadAsync<ClientDto>();
        var engineer = await (await studio.Http.PostJsonAsync("/api/engineers", new { name = "Theo Marsh", email = engineerEmail, hourlyRate = 40 })).ReadAsync<EngineerDto>();

        var session = await (await studio.Http.PostJsonAsync("/api/sessions",
            new { clientId = client.Id, roomId = studio.RoomA.Id, engineerId = engineer.Id, startsAt = At(10), endsAt = At(12), title = "Vocals" })).ReadAsync<SessionDto>();
        await studio.Http.PostJsonAsync($"/api/sessions/{session.Id}/reschedule", new { startsAt = At(14), endsAt = At(16) });
        (await studio.Http.PostAsync($"/api/sessions/{session.Id}/cancel", null)).EnsureSuccessStatusCode();

        foreach (var (address, other) in new[] { (clientEmail, "Engineer: Theo Marsh"), (engineerEmail, "Client: Mia Stone") })
        {
            var messages = platform.MessagesTo(address);
            messages.Select(m => m.Subject!.Split(':')[0]).ShouldBe(["Booked", "Moved", "Cancelled"], address);
            var invitations = messages.Select(Invitation).ToList();
            invitations.Select(i => i.Method).ShouldBe(["REQUEST", "REQUEST", "CANCEL"]);
            var events = invitations.Select(i => i.Events.ShouldHaveSingleItem()).ToList();
            events.Select(e => e.Uid).Distinct().ShouldHaveSingleItem().ShouldBe($"{session.Id}@{studio.Subdomain}");
            events.Select(e => e.Sequence).ShouldBe([0, 1, 2]);
            events[0].DtStart!.AsUtc.ShouldBe(At(10).UtcDateTime);
            events[1].DtStart!.AsUtc.ShouldBe(At(14).UtcDateTime);
            events[0].DtStart!.TzId.ShouldBe("Europe/Paris"); // the studio's zone, with its VTIMEZONE
            invitations[0].TimeZones.ShouldHaveSingleItem().TzId.ShouldBe("Europe/Paris");
            events[2].Status.ShouldBe("CANCELLED");
            events[0].Attendees.ShouldHaveSingleItem().Value!.ToString().ShouldBe($"mailto:{address}");
            events[0].Description.ShouldBe(other);
            messages[0].TextBody!.ShouldContain("Studio A");
        }
    }

    [Fact]
    public async Task An_engineer_taken_off_a_session_hears_it_is_cancelled_the_new_one_that_it_is_booked_and_a_hold_is_tentative()
    {
        var studio = await CreateAsync(platform, "notifyeng");
        var first = await (await studio.Http.PostJsonAsync("/api/engineers", new { name = "Ana Lind", email = $"ana@{studio.Subdomain}.test", hourlyRate = 40 })).ReadAsync<EngineerDto>();
        var second = await (await studio.Http.PostJsonAsync("/api/engineers", new { name = "Bo Reed", email = $"bo@{studio.Subdomain}.test", hourlyRate = 40 })).ReadAsync<EngineerDto>();
        var session = await (await studio.Http.PostJsonAsync("/api/sessions",
            new { clientId = studio.Client.Id, roomId = studio.RoomA.Id, engineerId = first.Id, startsAt = At(10), endsAt = At(12), tentative = true })).ReadAsync<SessionDto>();
        (await studio.Http.PostJsonAsync($"/api/sessions/{session.Id}/reschedule", new { startsAt = At(10), endsAt = At(12), engineerId = second.Id })).EnsureSuccessStatusCode();

        var toFirst = platform.MessagesTo($"ana@{studio.Subdomain}.test");
        toFirst.Select(m => m.Subject!.Split(':')[0]).ShouldBe(["Pencilled in", "Cancelled"]);
        Invitation(toFirst[0]).Events.Single().Status.ShouldBe("TENTATIVE");
        (Invitation(toFirst[1]).Method, Invitation(toFirst[1]).Events.Single().Sequence).ShouldBe(("CANCEL", 1));
        var toSecond = platform.MessagesTo($"bo@{studio.Subdomain}.test").ShouldHaveSingleItem();
        toSecond.Subject!.ShouldStartWith("Pencilled in");
        Invitation(toSecond).Method.ShouldBe("REQUEST");
    }

    [Fact]
    public async Task Nobody_without_an_address_is_written_to_and_the_booking_stands()
    {
        var studio = await CreateAsync(platform, "quiet"); // Lena has no e-mail, Sam neither
        var before = Directory.Exists(platform.OutboxDirectory) ? Directory.GetFiles(platform.OutboxDirectory).Length : 0;
        (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, At(10), At(12))).StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);
        (Directory.Exists(platform.OutboxDirectory) ? Directory.GetFiles(platform.OutboxDirectory).Length : 0).ShouldBe(before);
    }

    private static Calendar Invitation(MimeMessage message)
    {
        var part = message.Attachments.OfType<MimePart>().Single(a => a.ContentType.MimeType == "text/calendar");
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        var calendar = Calendar.Load(System.Text.Encoding.UTF8.GetString(stream.ToArray()))!;
        calendar.Method!.ShouldBe(part.ContentType.Parameters["method"]);
        return calendar;
    }
}
