using System.Net;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.IntegrationTests.Support;
using static RecordingStudio.IntegrationTests.Support.StudioSeed;

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

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(19);
        var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.Created).ReadAsync<SessionDto>();
        foreach (var loser in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
            (await loser.ProblemAsync(409)).GetProperty("code").GetString().ShouldBe("session_overlap");

        var stored = await (await studio.Http.GetAsync("/api/sessions")).ReadAsync<PagedResult<SessionDto>>();
        stored.Items.Single().Id.ShouldBe(winner.Id);
    }

    [Fact]
    public async Task Database_constraint_refuses_an_overlap_that_bypasses_the_application()
    {
        var studio = await CreateAsync(platform, "constraint");
        var booked = await (await studio.BookAsync(studio.RoomA.Id, null, At(10), At(12))).ReadAsync<SessionDto>();
        var tenant = (await platform.SendAsync(new Application.Platform.Tenants.GetTenants.GetTenantsQuery()))
            .Single(t => studio.Http.BaseAddress!.Host.StartsWith(t.Subdomain + "."));

        var error = await Should.ThrowAsync<Npgsql.PostgresException>(() => platform.ScalarAsync(tenant.ServerKey!, tenant.DatabaseName!,
            $"INSERT INTO sessions (id, client_id, room_id, starts_at, ends_at, status) VALUES " +
            $"('{Guid.NewGuid()}', '{studio.Client.Id}', '{studio.RoomA.Id}', '{At(11):O}', '{At(13):O}', 'Confirmed')"));
        error.SqlState.ShouldBe("23P01");
        error.ConstraintName.ShouldBe("ex_sessions_room_no_overlap");
        booked.Status.ShouldBe(Domain.Studio.SessionStatus.Confirmed);
    }
}
