using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Platform.Tenants.MigrateTenants;
using RecordingStudio.Application.Platform.Tenants.ProvisionTenant;
using RecordingStudio.Application.Studio.Clients.CreateClient;
using RecordingStudio.Application.Studio.Rooms.CreateRoom;
using RecordingStudio.Application.Studio.Sessions.CreateSession;
using RecordingStudio.Cli;
using RecordingStudio.Infrastructure.Persistence.Studio;
using RecordingStudio.Infrastructure.Tenancy;

namespace RecordingStudio.Benchmarks;

/// <summary>
/// Bookings under contention. The application books through CreateSessionCommand, whose check-and-save runs under a
/// per-room advisory lock. The baseline, in the same studio database and the same run, is what the exclusion
/// constraint alone does with simultaneous overlapping inserts, with and without that lock.
/// </summary>
public static class BookingBenchmark
{
    private const int Contenders = 20;

    public static async Task RunAsync(string platformConnection, string output, int rounds)
    {
        var configuration = CliApp.LoadConfiguration(new Dictionary<string, string?> { ["ConnectionStrings:Platform"] = platformConnection });
        await using var services = CliApp.BuildServices(configuration);
        if (!(await services.SendAsync(null, new MigrateTenantsCommand())).Succeeded) throw new InvalidOperationException("Migration failed before the benchmark.");

        var subdomain = $"bench-book-{Guid.NewGuid():N}"[..20];
        var tenant = await services.SendAsync(null, new ProvisionTenantCommand(subdomain, "Booking Benchmark"));
        var client = await services.SendAsync(subdomain, new CreateClientCommand("Lena Diaz", null, null, null, null));
        var room = await services.SendAsync(subdomain, new CreateRoomCommand("Studio A", 80, null));
        var studioDatabase = services.GetRequiredService<DatabaseServers>().Unpooled(tenant.ServerKey!, tenant.DatabaseName!);
        var firstDay = new DateTimeOffset(DateTimeOffset.UtcNow.Date, TimeSpan.Zero).AddDays(2);
        var day = 0;
        DateTimeOffset NextDay() => firstDay.AddDays(day++);

        // One booking at a time, nothing in the way: the cost of the lock's transaction on every booking.
        var single = new List<double>();
        var quiet = NextDay();
        for (var i = -3; i < 20; i++)
        {
            var start = quiet.AddMinutes(30 * (i + 3));
            var started = Stopwatch.GetTimestamp();
            await services.SendAsync(subdomain, new CreateSessionCommand(client.Id, room.Id, null, start, start.AddMinutes(30), "Take"));
            if (i >= 0) single.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        var app = new Contention();
        var withoutLock = new Contention();
        var withLock = new Contention();
        for (var round = -1; round < rounds; round++)
        {
            var measure = round >= 0;
            await AppRoundAsync(services, subdomain, client.Id, room.Id, NextDay(), measure ? app : new Contention());
            await SqlRoundAsync(studioDatabase, client.Id, room.Id, NextDay(), locked: false, measure ? withoutLock : new Contention());
            await SqlRoundAsync(studioDatabase, client.Id, room.Id, NextDay(), locked: true, measure ? withLock : new Contention());
        }

        var markdown = $"""
        `build/bench-booking.sh` — {rounds} rounds (after one warm-up) of {Contenders} simultaneous requests for overlapping times in
        the same room, on a throwaway local PostgreSQL cluster. The application's rounds send `CreateSessionCommand`
        in {Contenders} scopes at once (the studio's pool holds 5 connections, as in production). The baseline rounds send
        the bare `INSERT` on {Contenders} connections at once to the same studio database, with and without the advisory lock
        the application takes.

        | {Contenders} simultaneous overlapping bookings | wall time per round: median | mean | max | booked | refused (409 / 23P01) | deadlocks (40P01) | other errors |
        |---|---|---|---|---|---|---|---|
        | application (`CreateSessionCommand`, room lock) | {app.Median:0} ms | {app.Mean:0} ms | {app.Max:0} ms | {app.Booked} | {app.Refused} | {app.Deadlocks} | {app.Other} |
        | baseline: bare `INSERT`, constraint only | {withoutLock.Median:0} ms | {withoutLock.Mean:0} ms | {withoutLock.Max:0} ms | {withoutLock.Booked} | {withoutLock.Refused} | {withoutLock.Deadlocks} | {withoutLock.Other} |
        | bare `INSERT` after `pg_advisory_xact_lock` | {withLock.Median:0} ms | {withLock.Mean:0} ms | {withLock.Max:0} ms | {withLock.Booked} | {withLock.Refused} | {withLock.Deadlocks} | {withLock.Other} |

        **Ratio: without the lock a round takes {withoutLock.Mean / withLock.Mean:0.0}× as long on average, and the worst round
        {withoutLock.Max / withLock.Max:0}× as long** (bare `INSERT` rounds, mean and max). {withoutLock.RoundsWithDeadlock} of {rounds} rounds
        without the lock had deadlocks: each costs `deadlock_timeout` (1 s) and, in an application without the lock, a failed
        request; a round where every newcomer joins the cycle loses all but one request that way. When nothing goes wrong the
        lock costs a little: median {withLock.Median:0} ms against {withoutLock.Median:0} ms.

        One booking with nothing in the way (the lock's transaction included): median {BenchmarkReport.Median(single):0.0} ms
        over {single.Count} bookings.

        Measured {DateTimeOffset.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, .NET {Environment.Version}.
        """;
        BenchmarkReport.WriteSection(output, "Bookings under contention: the room lock vs. the exclusion constraint alone", markdown);
    }

    private static async Task AppRoundAsync(ServiceProvider services, string subdomain, Guid client, Guid room, DateTimeOffset day, Contention result)
    {
        using var go = new SemaphoreSlim(0);
        var requests = Enumerable.Range(0, Contenders).Select(async i =>
        {
            await go.WaitAsync();
            var start = day.AddHours(11).AddMinutes(i);
            try
            {
                await services.SendAsync(subdomain, new CreateSessionCommand(client, room, null, start, start.AddHours(2), $"Take {i}"));
                return Outcome.Booked;
            }
            catch (ConflictException ex) when (ex.Code == "session_overlap") { return Outcome.Refused; }
            catch (ConflictException ex) when (ex.Code == "concurrent_change") { return Outcome.Deadlock; }
            catch (Exception) { return Outcome.Other; }
        }).ToList();
        var started = Stopwatch.GetTimestamp();
        go.Release(Contenders);
        result.Add(await Task.WhenAll(requests), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private static async Task SqlRoundAsync(string studioDatabase, Guid client, Guid room, DateTimeOffset day, bool locked, Contention result)
    {
        var connections = new List<NpgsqlConnection>();
        for (var i = 0; i < Contenders; i++)
        {
            var connection = new NpgsqlConnection(studioDatabase);
            await connection.OpenAsync();
            connections.Add(connection);
        }
        using var go = new SemaphoreSlim(0);
        var inserts = connections.Select(async (connection, i) =>
        {
            await go.WaitAsync();
            var start = day.AddHours(11).AddMinutes(i);
            var sql = (locked ? $"BEGIN; SELECT pg_advisory_xact_lock({AdvisoryResourceLocks.LockKey(room)}); " : "") +
                      "INSERT INTO sessions (id, client_id, room_id, starts_at, ends_at, status) VALUES (@id, @client, @room, @start, @end, 'Confirmed');" +
                      (locked ? " COMMIT;" : "");
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("id", Guid.NewGuid());
            command.Parameters.AddWithValue("client", client);
            command.Parameters.AddWithValue("room", room);
            command.Parameters.AddWithValue("start", start);
            command.Parameters.AddWithValue("end", start.AddHours(2));
            try
            {
                await command.ExecuteNonQueryAsync();
                return Outcome.Booked;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ExclusionViolation) { return Outcome.Refused; }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DeadlockDetected) { return Outcome.Deadlock; }
            catch (Exception) { return Outcome.Other; }
        }).ToList();
        var started = Stopwatch.GetTimestamp();
        go.Release(Contenders);
        result.Add(await Task.WhenAll(inserts), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        foreach (var connection in connections) await connection.DisposeAsync();
    }

    private enum Outcome { Booked, Refused, Deadlock, Other }

    private sealed class Contention
    {
        private readonly List<double> _wallTimes = [];
        private readonly List<Outcome> _outcomes = [];
        public int RoundsWithDeadlock { get; private set; }

        public void Add(Outcome[] outcomes, double wallMs)
        {
            _outcomes.AddRange(outcomes);
            _wallTimes.Add(wallMs);
            if (outcomes.Contains(Outcome.Deadlock)) RoundsWithDeadlock++;
        }

        public double Median => BenchmarkReport.Median(_wallTimes);
        public double Mean => _wallTimes.Average();
        public double Max => _wallTimes.Max();
        public int Booked => _outcomes.Count(o => o == Outcome.Booked);
        public int Refused => _outcomes.Count(o => o == Outcome.Refused);
        public int Deadlocks => _outcomes.Count(o => o == Outcome.Deadlock);
        public int Other => _outcomes.Count(o => o == Outcome.Other);
    }
}
