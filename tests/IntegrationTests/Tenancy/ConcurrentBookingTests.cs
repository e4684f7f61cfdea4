using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Platform.Tenants;
using RecordingStudio.Application.Platform.Tenants.GetTenants;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Infrastructure.Persistence.Studio;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Tenancy;

[Collection(PlatformCollection.Name)]
public sealed class ConcurrentBookingTests(PlatformFixture platform)
{
    [Fact]
    public async Task Twenty_concurrent_overlapping_bookings_create_exactly_one_session()
    {
        var studio = await CreateAsync(platform, "race");
        using var start = new SemaphoreSlim(0);
        var requests = Enumerable.Range(0, 20).Select(async i =>
        {
            await start.WaitAsync();
            // Each request overlaps all the others: every one covers 12:00-13:00.
            return await studio.BookAsync(studio.RoomA.Id, null, At(11).AddMinutes(i), At(13).AddMinutes(i), $"Take {i}");
        }).ToList();
        start.Release(20);
        var responses = await Task.WhenAll(requests);

        var outcome = string.Join(", ", responses.GroupBy(r => (int)r.StatusCode).OrderBy(g => g.Key).Select(g => $"{g.Key}x{g.Count()}"));
        var unexpected = responses.Where(r => r.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.Conflict))
            .Select(r => r.Content.ReadAsStringAsync());
        outcome.ShouldBe("201x1, 409x19", string.Join("\n", await Task.WhenAll(unexpected)));
        var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.Created).ReadAsync<SessionDto>();
        foreach (var loser in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            var problem = await loser.ProblemAsync(409);
            problem.GetProperty("code").GetString().ShouldBe("session_overlap");
            problem.GetProperty("conflictingSessionId").GetGuid().ShouldBe(winner.Id);
        }

        var stored = await (await studio.Http.GetAsync("/api/sessions")).ReadAsync<PagedResult<SessionDto>>();
        stored.Items.Single().Id.ShouldBe(winner.Id);
    }

    [Fact]
    public async Task A_burst_of_back_to_back_bookings_leaves_the_rooms_turnover_free_between_every_two_it_accepts()
    {
        var studio = await CreateAsync(platform, "turnrace");
        (await studio.Http.PutJsonAsync($"/api/rooms/{studio.RoomA.Id}", new { name = "Studio A", hourlyRate = 80, turnoverMinutes = 30 })).EnsureSuccessStatusCode();
        using var start = new SemaphoreSlim(0);
        // Twenty 30-minute sessions back to back, all at once: without the turnover every one would fit.
        var requests = Enumerable.Range(0, 20).Select(async i =>
        {
            await start.WaitAsync();
            var from = At(8).AddMinutes(30 * i);
            return await studio.BookAsync(studio.RoomA.Id, null, from, from.AddMinutes(30), $"Take {i}");
        }).ToList();
        start.Release(20);
        var responses = await Task.WhenAll(requests);

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created || r.StatusCode == HttpStatusCode.Conflict);
        var kept = (await (await studio.Http.GetAsync("/api/sessions?pageSize=200")).ReadAsync<PagedResult<SessionDto>>()).Items.OrderBy(x => x.StartsAt).ToList();
        kept.Count.ShouldBe(responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        kept.Count.ShouldBeInRange(7, 10); // at most every other slot; at least one in three whatever the order of arrival
        foreach (var (earlier, later) in kept.Zip(kept.Skip(1)))
            (later.StartsAt - earlier.EndsAt).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMinutes(30));
    }

    [Fact]
    public async Task A_booking_waits_while_another_books_the_same_room_and_then_names_that_session()
    {
        var studio = await CreateAsync(platform, "serial");
        var tenant = await TenantOfAsync(studio);
        await using var other = await platform.OpenAsync(tenant.ServerKey!, tenant.DatabaseName!);
        await using var otherBooking = await other.BeginTransactionAsync();
        await Execute(other, $"SELECT pg_advisory_xact_lock({AdvisoryResourceLocks.LockKey(studio.RoomA.Id)})");

        var request = studio.BookAsync(studio.RoomA.Id, null, At(11), At(13));
        await Task.Delay(500);
        request.IsCompleted.ShouldBeFalse("the booking must wait for the room's lock instead of checking a stale calendar");

        var otherId = Guid.NewGuid();
        await Execute(other, InsertSession(otherId, studio, At(10), At(12)));
        await otherBooking.CommitAsync();

        var problem = await (await request).ProblemAsync(409);
        problem.GetProperty("code").GetString().ShouldBe("session_overlap");
        problem.GetProperty("conflictingSessionId").GetGuid().ShouldBe(otherId);
    }

    [Fact]
    public async Task An_insert_that_bypasses_the_lock_and_wins_at_the_constraint_still_gets_a_409_naming_it()
    {
        var logs = new CapturedLogs();
        using var app = platform.CreateApp(services: services => services.AddSingleton<ILoggerProvider>(logs));
        var studio = await CreateAsync(platform, "bypass", app);
        var tenant = await TenantOfAsync(studio);
        await using var other = await platform.OpenAsync(tenant.ServerKey!, tenant.DatabaseName!);
        await using var otherBooking = await other.BeginTransactionAsync();
        var otherId = Guid.NewGuid();
        await Execute(other, InsertSession(otherId, studio, At(10), At(12))); // not committed: the request cannot see it

        var request = studio.BookAsync(studio.RoomA.Id, null, At(11), At(13));
        await Task.Delay(500); // the request's insert now waits on the constraint for this transaction
        await otherBooking.CommitAsync();

        var problem = await (await request).ProblemAsync(409);
        problem.GetProperty("code").GetString().ShouldBe("session_overlap");
        problem.GetProperty("conflictingSessionId").GetGuid().ShouldBe(otherId);
        logs.Errors.ShouldBeEmpty("a refusal the application handles is not an error");
    }

    [Fact]
    public async Task Database_constraint_refuses_an_overlap_that_bypasses_the_application()
    {
        var studio = await CreateAsync(platform, "constraint");
        var booked = await (await studio.BookAsync(studio.RoomA.Id, null, At(10), At(12))).ReadAsync<SessionDto>();
        var tenant = await TenantOfAsync(studio);

        var error = await Should.ThrowAsync<PostgresException>(() =>
            platform.ScalarAsync(tenant.ServerKey!, tenant.DatabaseName!, InsertSession(Guid.NewGuid(), studio, At(11), At(13))));
        error.SqlState.ShouldBe("23P01");
        error.ConstraintName.ShouldBe("ex_sessions_room_no_overlap");
        booked.Status.ShouldBe(Domain.Studio.SessionStatus.Confirmed);
    }

    private async Task<TenantDto> TenantOfAsync(StudioSeed studio) =>
        (await platform.SendAsync(new GetTenantsQuery())).Single(t => t.Subdomain == studio.Subdomain);

    private static string InsertSession(Guid id, StudioSeed studio, DateTimeOffset start, DateTimeOffset end) =>
        "INSERT INTO sessions (id, client_id, room_id, starts_at, ends_at, status) VALUES " +
        $"('{id}', '{studio.Client.Id}', '{studio.RoomA.Id}', '{start:O}', '{end:O}', 'Confirmed')";

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
