using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Domain.Studio;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Api;

/// <summary>What a page costs the studio's database: a fixed number of queries, not one more per row.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PageQueryTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_week_view_reads_its_clients_names_in_one_query_however_many_clients_it_shows()
    {
        var logs = new CapturedLogs();
        using var app = platform.CreateApp(new Dictionary<string, string?> { ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information" },
            services => services.AddSingleton<ILoggerProvider>(logs));
        var studio = await CreateAsync(platform, "weekview", app);
        var names = new[] { "Marc Dubois", "Yuki Tanaka", "Omar Haddad", "Chloe Martin", "Ravi Patel", "Ines Moreau" };
        for (var i = 0; i < names.Length; i++)
        {
            var client = await (await studio.Http.PostJsonAsync("/api/clients", new { name = names[i] })).ReadAsync<ClientDto>();
            (await studio.Http.PostJsonAsync("/api/sessions", new { clientId = client.Id, roomId = studio.RoomA.Id, startsAt = At(9 + i), endsAt = At(10 + i) }))
                .EnsureSuccessStatusCode();
        }
        var browser = app.ClientFor(studio.Subdomain);
        await browser.SignInWithCookieAsync(PlatformFixture.OwnerEmail(studio.Subdomain), PlatformFixture.OwnerPassword);

        logs.Entries.Clear();
        var page = await browser.GetStringAsync("/sessions");

        foreach (var name in names) page.ShouldContain(name);
        var clientQueries = logs.Entries.Where(e => e.Category == "Microsoft.EntityFrameworkCore.Database.Command" && e.Message.Contains("FROM clients"))
            .Select(e => e.Message).ToList();
        // The booking form's client list (a page and its count) and one query for the names of the week's clients.
        clientQueries.Count(q => q.Contains("= ANY")).ShouldBe(1, string.Join("\n---\n", clientQueries));
        clientQueries.Count.ShouldBe(3, string.Join("\n---\n", clientQueries));
    }

    [Fact]
    public async Task The_week_calendar_draws_every_session_of_a_busy_week_not_only_the_first_page()
    {
        var studio = await CreateAsync(platform, "busyweek");
        var roomC = await (await studio.Http.PostJsonAsync("/api/rooms", new { name = "Studio C", hourlyRate = 50 })).ReadAsync<Application.Studio.Rooms.RoomDto>();
        Guid[] rooms = [studio.RoomA.Id, studio.RoomB.Id, roomC.Id];
        var paris = new StudioCalendar("Europe/Paris");
        var today = paris.DateOf(DateTimeOffset.UtcNow);
        var monday = today.AddDays(7 - ((int)today.DayOfWeek + 6) % 7);
        // 210 half-hour sessions from Monday 00:00 over three rooms (to Tuesday 11:00): more than one page (200) of the calendar query.
        for (var i = 0; i < 210; i++)
        {
            var start = paris.StartOf(monday).AddMinutes(30 * (i / 3));
            (await studio.BookAsync(rooms[i % 3], null, start, start.AddMinutes(30), $"Take {i}")).EnsureSuccessStatusCode();
        }
        var browser = platform.App.ClientFor(studio.Subdomain);
        await browser.SignInWithCookieAsync(PlatformFixture.OwnerEmail(studio.Subdomain), PlatformFixture.OwnerPassword);

        var page = await browser.GetStringAsync($"/calendar?view=week&day={monday:yyyy-MM-dd}");

        (page.Split("class=\"block ").Length - 1).ShouldBe(210);
    }
}
