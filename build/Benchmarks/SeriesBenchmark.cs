using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
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
/// A 52-week series (every Tuesday 18:00–22:00, with an engineer) booked in one request against a studio already
/// holding the given number of sessions over the same year, against the baseline in the same run: the same 52
/// sessions booked one by one through the API, as a client without series would. Each round frees the slots again
/// (cancelled, untimed) so every round books the same 52 sessions.
/// </summary>
public static class SeriesBenchmark
{
    private const string Studio = "serbench", Password = "bench-owner-password";
    private const int Rooms = 4, Weeks = 52;

    public static async Task RunAsync(string platformConnection, string output, int sessionCount)
    {
        var rounds = int.Parse(Environment.GetEnvironmentVariable("RSM_BENCH_ROUNDS") ?? "10", CultureInfo.InvariantCulture);
        var calendar = new StudioCalendar("Europe/Paris");
        var today = calendar.DateOf(DateTimeOffset.UtcNow);
        var firstTuesday = today.AddDays(((int)DayOfWeek.Tuesday - (int)today.DayOfWeek + 7) % 7 + 7);
        Guid client, room, engineer;
        var configuration = CliApp.LoadConfiguration(new Dictionary<string, string?> { ["ConnectionStrings:Platform"] = platformConnection });
        await using (var services = CliApp.BuildServices(configuration))
        {
            if (!(await services.SendAsync(null, new MigrateTenantsCommand())).Succeeded) throw new InvalidOperationException("Migration failed before the benchmark.");
            await services.SendAsync(null, new ProvisionTenantCommand(Studio, "Series Benchmark", "Europe/Paris",
                Owner: new StudioOwner("Bench Owner", $"owner@{Studio}.test", Password)));
            Console.WriteLine($"Booking {sessionCount} sessions over the year...");
            (client, room, engineer) = await FillYearAsync(services, calendar, firstTuesday, sessionCount);
        }

        await using var app = await AppProcess.StartAsync(platformConnection);
        var token = await app.TokenAsync(Studio, $"owner@{Studio}.test", Password);
        var starts = Enumerable.Range(0, Weeks).Select(w => calendar.ToUtc(firstTuesday.AddDays(7 * w).ToDateTime(new TimeOnly(18, 0)))).ToList();

        var series = new List<double>();
        var oneByOne = new List<double>();
        for (var round = -1; round < rounds; round++) // one round of warm-up
        {
            var started = Stopwatch.GetTimestamp();
            var booked = await app.SendAsync(Studio, HttpMethod.Post, "/api/series", token, new
            {
                clientId = client, roomId = room, engineerId = engineer, startsAt = starts[0], endsAt = starts[0].AddHours(4),
                rule = $"FREQ=WEEKLY;COUNT={Weeks}", title = "Rehearsal",
            });
            var a = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var id = JsonDocument.Parse(booked).RootElement.GetProperty("id").GetString();
            await app.SendAsync(Studio, HttpMethod.Delete, $"/api/series/{id}", token);

            started = Stopwatch.GetTimestamp();
            var ids = new List<string>();
            foreach (var start in starts)
                ids.Add(JsonDocument.Parse(await app.SendAsync(Studio, HttpMethod.Post, "/api/sessions", token,
                    new { clientId = client, roomId = room, engineerId = engineer, startsAt = start, endsAt = start.AddHours(4), title = "Rehearsal" }))
                    .RootElement.GetProperty("id").GetString()!);
            var b = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            foreach (var one in ids) await app.SendAsync(Studio, HttpMethod.Post, $"/api/sessions/{one}/cancel", token);
            if (round < 0) continue;
            series.Add(a);
            oneByOne.Add(b);
        }

        var (s, o) = (BenchmarkReport.Median(series), BenchmarkReport.Median(oneByOne));
        BenchmarkReport.WriteSection(output, "A 52-week series", $"""
            `build/bench-series.sh {sessionCount}` — one studio ({Rooms} rooms, Europe/Paris) already holding {sessionCount} sessions over
            the coming year, {sessionCount / Rooms} in the series' room; the app in Release in its own process, a bearer token;
            {rounds} rounds after one of warm-up. Each round books every Tuesday 18:00–22:00 for {Weeks} weeks with an engineer:
            as one series (`POST /api/series`, every occurrence checked), then — the baseline — as {Weeks} `POST /api/sessions`
            one after the other; both are cancelled again, untimed, before the next round.

            | booking the {Weeks} sessions | median | min | max | ratio to one by one |
            |---|---|---|---|---|
            | one series request | {s:0} ms | {series.Min():0} ms | {series.Max():0} ms | **{s / o:0.00}×** |
            | {Weeks} requests, one by one (baseline) | {o:0} ms | {oneByOne.Min():0} ms | {oneByOne.Max():0} ms | 1.00× |

            Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, .NET {Environment.Version}.
            """);
    }

    /// <summary>One-hour sessions from 09:00 on every day of the year in every room, none at the series' hours.</summary>
    private static async Task<(Guid Client, Guid Room, Guid Engineer)> FillYearAsync(ServiceProvider services, StudioCalendar calendar, DateOnly from, int count)
    {
        var rooms = new List<Guid>();
        for (var r = 0; r < Rooms; r++) rooms.Add((await services.SendAsync(Studio, new CreateRoomCommand($"Room {r + 1}", 60, null))).Id);
        var engineers = new List<Guid>();
        for (var e = 0; e < Rooms + 1; e++) engineers.Add((await services.SendAsync(Studio, new CreateEngineerCommand($"Engineer {e + 1}", null, 40))).Id);
        var clients = new List<Guid>();
        for (var c = 0; c < 40; c++) clients.Add((await services.SendAsync(Studio, new CreateClientCommand($"Client {c + 1}", null, null, null, null))).Id);
        var perRoomDay = (int)Math.Ceiling(count / (365.0 * Rooms));
        var booked = 0;
        for (var day = 0; day < 365 && booked < count; day++)
        for (var slot = 0; slot < perRoomDay && booked < count; slot++)
        for (var room = 0; room < Rooms && booked < count; room++)
        {
            var start = calendar.ToUtc(from.AddDays(day).ToDateTime(new TimeOnly(9 + slot, 0)));
            await services.SendAsync(Studio, new CreateSessionCommand(clients[booked % clients.Count], rooms[room], engineers[room],
                start, start.AddHours(1), $"Take {booked + 1}"));
            booked++;
        }
        return (clients[0], rooms[0], engineers[0]);
    }
}
