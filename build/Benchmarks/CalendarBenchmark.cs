using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using RecordingStudio.Application.Platform.Tenants.MigrateTenants;
using RecordingStudio.Application.Platform.Tenants.ProvisionTenant;
using RecordingStudio.Application.Studio.Clients.CreateClient;
using RecordingStudio.Application.Studio.Engineers.CreateEngineer;
using RecordingStudio.Application.Studio.Rooms.CreateRoom;
using RecordingStudio.Application.Studio.Sessions.CreateSession;
using RecordingStudio.Cli;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Benchmarks;

/// <summary>
/// The week calendar page (/calendar?view=week, all rooms) with the given number of sessions in view, rendered by the
/// real app (Release, its own process), against the same page for a week with none — the baseline, in the same run,
/// interleaved — and the calendar API for the full week. Times are the round trip on the loopback: the server's work.
/// </summary>
public static class CalendarBenchmark
{
    private const string Password = "bench-owner-password";
    private const int Rooms = 4;

    public static async Task RunAsync(string platformConnection, string output, int sessionCount)
    {
        var rounds = int.Parse(Environment.GetEnvironmentVariable("RSM_BENCH_ROUNDS") ?? "60", CultureInfo.InvariantCulture);
        var configuration = CliApp.LoadConfiguration(new Dictionary<string, string?> { ["ConnectionStrings:Platform"] = platformConnection });
        await using (var services = CliApp.BuildServices(configuration))
        {
            if (!(await services.SendAsync(null, new MigrateTenantsCommand())).Succeeded) throw new InvalidOperationException("Migration failed before the benchmark.");
            await services.SendAsync(null, new ProvisionTenantCommand("calbench", "Calendar Benchmark", "Europe/Paris",
                Owner: new StudioOwner("Bench Owner", "owner@calbench.test", Password)));
            Console.WriteLine($"Booking {sessionCount} sessions in one week...");
            await FillWeekAsync(services, sessionCount);
        }

        await using var app = await AppProcess.StartAsync(platformConnection);
        var token = await app.TokenAsync("calbench", "owner@calbench.test", Password);
        var calendar = new StudioCalendar("Europe/Paris");
        var monday = NextMonday(calendar);
        string Page(DateOnly day) => $"/calendar?view=week&day={day:yyyy-MM-dd}";
        var (from, to) = (calendar.StartOf(monday), calendar.StartOf(monday.AddDays(7)));
        var api = $"/api/calendar?from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(to.ToString("O"))}&pageSize=200";

        var full = new List<double>();
        var empty = new List<double>();
        var apiPages = new List<double>();
        for (var round = -5; round < rounds; round++) // five rounds of warm-up
        {
            var a = await TimeAsync(app, token, Page(monday));
            var b = await TimeAsync(app, token, Page(monday.AddDays(7)));
            var c = 0.0;
            for (var page = 1; page <= (sessionCount + 199) / 200; page++) c += await TimeAsync(app, token, $"{api}&page={page}");
            if (round < 0) continue;
            full.Add(a);
            empty.Add(b);
            apiPages.Add(c);
        }
        var blocks = (await app.SendAsync("calbench", HttpMethod.Get, Page(monday), token)).Split("class=\"block ").Length - 1;

        static double P95(List<double> values) => values.Order().ElementAt((int)Math.Ceiling(values.Count * 0.95) - 1);
        string Row(string what, List<double> values) =>
            $"| {what} | {BenchmarkReport.Median(values):0.0} ms | {P95(values):0.0} ms | **{BenchmarkReport.Median(values) / BenchmarkReport.Median(empty):0.0}×** |";
        BenchmarkReport.WriteSection(output, "The week calendar page", $"""
            `build/bench-calendar.sh {sessionCount}` — one studio ({Rooms} rooms, Europe/Paris) with {sessionCount} sessions in one week; the
            app in Release in its own process (Production settings), a bearer token; {rounds} interleaved rounds after 5 of warm-up,
            round trips on the loopback (the server's time to answer). The baseline is the same page for the following week,
            which has no session. The page showed {blocks} session blocks.

            | request | median | 95th percentile | ratio to the empty week |
            |---|---|---|---|
            {Row($"`/calendar?view=week` (all rooms), {sessionCount} sessions", full)}
            {Row("`/calendar?view=week`, no session (baseline)", empty)}
            {Row($"`GET /api/calendar` for the same week, every page of 200", apiPages)}

            Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, .NET {Environment.Version}.
            """);
    }

    private static DateOnly NextMonday(StudioCalendar calendar)
    {
        var today = calendar.DateOf(DateTimeOffset.UtcNow);
        return today.AddDays(7 - ((int)today.DayOfWeek + 6) % 7);
    }

    /// <summary>Sessions spread over the week's rooms and days, in 30-minute slots from 08:00, so none overlaps.</summary>
    private static async Task FillWeekAsync(ServiceProvider services, int count)
    {
        var calendar = new StudioCalendar("Europe/Paris");
        var monday = NextMonday(calendar);
        var rooms = new List<Guid>();
        for (var r = 0; r < Rooms; r++) rooms.Add((await services.SendAsync("calbench", new CreateRoomCommand($"Room {r + 1}", 60, null))).Id);
        var engineers = new List<Guid>();
        for (var e = 0; e < Rooms; e++) engineers.Add((await services.SendAsync("calbench", new CreateEngineerCommand($"Engineer {e + 1}", null, 40))).Id);
        var clients = new List<Guid>();
        for (var c = 0; c < 40; c++) clients.Add((await services.SendAsync("calbench", new CreateClientCommand($"Client {c + 1}", null, null, null, null))).Id);
        var perRoomDay = (int)Math.Ceiling(count / (7.0 * Rooms));
        var booked = 0;
        for (var day = 0; day < 7 && booked < count; day++)
        for (var slot = 0; slot < perRoomDay && booked < count; slot++)
        for (var room = 0; room < Rooms && booked < count; room++)
        {
            var start = calendar.ToUtc(monday.AddDays(day).ToDateTime(new TimeOnly(8, 0))).AddMinutes(30 * slot);
            await services.SendAsync("calbench", new CreateSessionCommand(clients[booked % clients.Count], rooms[room], engineers[room],
                start, start.AddMinutes(30), $"Take {booked + 1}"));
            booked++;
        }
    }

    private static async Task<double> TimeAsync(AppProcess app, string token, string path)
    {
        var started = Stopwatch.GetTimestamp();
        await app.SendAsync("calbench", HttpMethod.Get, path, token);
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}
