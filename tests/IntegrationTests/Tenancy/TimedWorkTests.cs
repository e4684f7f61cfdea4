using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Domain.Studio;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Tenancy;

/// <summary>
/// Hold expiry and reminders run in the background from the platform's due-work table: once, whichever of several
/// instances takes them, and by instances started after the work was asked for (none of the fixture's apps runs it).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class TimedWorkTests(PlatformFixture platform)
{
    private readonly CapturedLogs _logs = new();

    private StudioAppFactory Runner() => platform.CreateApp(new Dictionary<string, string?> { ["Tenancy:DueWorkPollSeconds"] = "0.2" },
        services => services.AddSingleton<ILoggerProvider>(_logs));

    [Fact]
    public async Task An_expired_hold_is_released_once_by_two_instances_started_after_it_was_placed_and_the_next_hold_is_promoted()
    {
        var studio = await CreateAsync(platform, "expiry");
        var (mia, noah) = (await ClientAsync(studio, "mia"), await ClientAsync(studio, "noah"));
        var first = await HoldAsync(studio, mia.Id, DateTimeOffset.UtcNow.AddSeconds(3));
        var second = await HoldAsync(studio, noah.Id, DateTimeOffset.UtcNow.AddHours(5));
        second.HoldRank.ShouldBe(2);
        (await DueWorkAsync(first.Id)).ShouldBe(1, "the expiry is written to the platform's due work");

        using (var a = Runner())
        using (var b = Runner())
        {
            _ = (a.CreateClient(), b.CreateClient()); // starts both hosts and their runners
            await WaitUntilAsync(async () => (await studio.SessionAsync(first.Id)).Status == SessionStatus.Released);
            await WaitUntilAsync(async () => (await studio.SessionAsync(second.Id)).HoldRank == 1);
            await WaitUntilAsync(async () => await DueWorkAsync(first.Id) == 0);
            await Task.Delay(1000); // time for a second run, if there were one
        }

        platform.MessagesTo($"mia@{studio.Subdomain}.test").Count(m => m.Subject!.StartsWith("Hold expired")).ShouldBe(1);
        platform.MessagesTo($"noah@{studio.Subdomain}.test").Count(m => m.Subject!.StartsWith("1st hold")).ShouldBe(1);
        platform.MessagesTo(PlatformFixture.OwnerEmail(studio.Subdomain)).Select(m => m.Subject!.Split(':')[0])
            .ShouldBe(["Hold expired", "Hold promoted"], ignoreOrder: true);
        (await DueWorkAsync(second.Id)).ShouldBe(1, "the 2nd hold's own expiry is still to come");
    }

    [Fact]
    public async Task A_reminder_goes_out_once_the_studios_hours_before_a_session_and_not_for_one_booked_later_than_that()
    {
        var studio = await CreateAsync(platform, "remind");
        var settings = await (await studio.Http.GetAsync("/api/studio/settings")).ReadAsync<Application.Studio.Settings.StudioSettingsDto>();
        (await studio.Http.PutJsonAsync("/api/studio/settings", settings with { ReminderHours = 1 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var mia = await ClientAsync(studio, "mia");
        var start = DateTimeOffset.UtcNow.AddHours(1).AddSeconds(3);
        var soon = await BookAsync(studio, mia.Id, start, start.AddHours(2));
        var tooLate = await BookAsync(studio, mia.Id, DateTimeOffset.UtcNow.AddMinutes(30), DateTimeOffset.UtcNow.AddMinutes(50), studio.RoomB.Id);
        (await DueWorkAsync(tooLate.Id)).ShouldBe(0, "booked less than the reminder's hours ahead: the booking notice is enough");

        using (var a = Runner())
        using (var b = Runner())
        {
            _ = (a.CreateClient(), b.CreateClient());
            await WaitUntilAsync(() => Task.FromResult(platform.MessagesTo($"mia@{studio.Subdomain}.test").Any(m => m.Subject!.StartsWith("Reminder"))));
            await WaitUntilAsync(async () => await DueWorkAsync(soon.Id) == 0);
            await Task.Delay(1000);
        }
        var reminder = platform.MessagesTo($"mia@{studio.Subdomain}.test").Where(m => m.Subject!.StartsWith("Reminder")).ShouldHaveSingleItem();
        reminder.Subject!.ShouldContain("Album");
        reminder.Attachments.ShouldNotBeEmpty("the reminder carries the session's invitation");
    }

    [Fact]
    public async Task A_reminder_due_later_after_the_studio_lowers_its_hours_is_scheduled_again_not_lost()
    {
        var studio = await CreateAsync(platform, "remindlow");
        var settings = await (await studio.Http.GetAsync("/api/studio/settings")).ReadAsync<Application.Studio.Settings.StudioSettingsDto>();
        (await studio.Http.PutJsonAsync("/api/studio/settings", settings with { ReminderHours = 2 })).EnsureSuccessStatusCode();
        var mia = await ClientAsync(studio, "mia");
        var start = DateTimeOffset.UtcNow.AddHours(2).AddSeconds(3);
        var session = await BookAsync(studio, mia.Id, start, start.AddHours(1));
        (await studio.Http.PutJsonAsync("/api/studio/settings", settings with { ReminderHours = 1 })).EnsureSuccessStatusCode();

        using (var a = Runner())
        {
            _ = a.CreateClient();
            // The wake-up written for 2 h before finds the reminder due 1 h before, and writes that one.
            await WaitUntilAsync(async () => (long)(await platform.PlatformScalarAsync(
                $"SELECT count(*) FROM due_work WHERE subject_id = '{session.Id}' AND due_at > now() + interval '50 minutes'"))! == 1
                && await DueWorkAsync(session.Id) == 1);
        }
        platform.MessagesTo($"mia@{studio.Subdomain}.test").ShouldNotContain(m => m.Subject!.StartsWith("Reminder"));
    }

    [Fact]
    public async Task A_session_whose_deposit_is_unpaid_when_due_is_released_and_its_client_told_while_a_paid_one_stays()
    {
        var studio = await CreateAsync(platform, "depositdue");
        var settings = await (await studio.Http.GetAsync("/api/studio/settings")).ReadAsync<Application.Studio.Settings.StudioSettingsDto>();
        (await studio.Http.PutJsonAsync("/api/studio/settings", settings with
        {
            DepositPolicy = new Application.Studio.Settings.DepositPolicyDto(Percent: 50, DueDays: 3, DueFrom: DepositDueFrom.Booking),
        })).EnsureSuccessStatusCode();
        var mia = await ClientAsync(studio, "mia");
        var unpaid = await BookAsync(studio, mia.Id, At(10, 9), At(12, 9));
        var paid = await BookAsync(studio, mia.Id, At(10, 9), At(12, 9), studio.RoomB.Id);
        var held = await (await studio.Http.PostJsonAsync("/api/sessions", new { clientId = mia.Id, roomId = studio.RoomA.Id, startsAt = At(14, 9), endsAt = At(16, 9),
            title = "Album", hold = true, holdExpiresAt = At(9, 8) })).ReadAsync<SessionDto>();
        (await DueWorkAsync(unpaid.Id)).ShouldBe(2, "the deposit's due time (and the reminder) are written to the platform's due work");
        await studio.Http.PostJsonAsync($"/api/sessions/{paid.Id}/deposit", new { amount = paid.Deposit!.Amount, method = "transfer", paidOn = DateOnly.FromDateTime(DateTime.UtcNow) });

        // Three days pass: the deposits fall due now.
        var tenant = (await platform.SendAsync(new Application.Platform.Tenants.GetTenants.GetTenantsQuery())).Single(t => t.Subdomain == studio.Subdomain);
        await platform.ScalarAsync(tenant.ServerKey!, tenant.DatabaseName!, "UPDATE sessions SET deposit_due_at = now() - interval '1 minute' WHERE deposit_due_at IS NOT NULL");
        await platform.PlatformScalarAsync($"UPDATE due_work SET due_at = now() - interval '1 minute' WHERE subject_id IN ('{unpaid.Id}', '{paid.Id}', '{held.Id}') AND due_at < now() + interval '4 days'");

        using (var runner = Runner())
        {
            _ = runner.CreateClient();
            await WaitUntilAsync(async () => (await studio.SessionAsync(unpaid.Id)).Status == SessionStatus.Cancelled);
            await WaitUntilAsync(async () => (await studio.SessionAsync(held.Id)).Status == SessionStatus.Released);
            await WaitUntilAsync(async () => await DueWorkAsync(paid.Id) == 1); // its reminder, still to come
        }
        (await studio.SessionAsync(paid.Id)).Status.ShouldBe(SessionStatus.Confirmed, "its deposit was received");
        (await studio.SessionAsync(unpaid.Id)).CancellationCharge.ShouldBe(0m, "released for an unpaid deposit, it costs nothing more");
        platform.MessagesTo($"mia@{studio.Subdomain}.test").Count(m => m.Subject!.StartsWith("Released, deposit not received")).ShouldBe(2);
        platform.MessagesTo(PlatformFixture.OwnerEmail(studio.Subdomain)).ShouldContain(m => m.Subject!.StartsWith("Released, deposit not received: Mia"));
    }

    private async Task<long> DueWorkAsync(Guid sessionId) =>
        (long)(await platform.PlatformScalarAsync($"SELECT count(*) FROM due_work WHERE subject_id = '{sessionId}'"))!;

    private async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("The background work did not happen within 30 seconds. Warnings: " +
                    string.Join("\n", _logs.Entries.Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message)));
            await Task.Delay(100);
        }
    }

    private static async Task<SessionDto> HoldAsync(StudioSeed studio, Guid clientId, DateTimeOffset expiresAt)
    {
        var response = await studio.Http.PostJsonAsync("/api/sessions", new { clientId, roomId = studio.RoomA.Id, startsAt = At(10, 2), endsAt = At(12, 2),
            title = "Album", hold = true, holdExpiresAt = expiresAt });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<SessionDto>();
    }

    private static async Task<SessionDto> BookAsync(StudioSeed studio, Guid clientId, DateTimeOffset start, DateTimeOffset end, Guid? roomId = null)
    {
        var response = await studio.Http.PostJsonAsync("/api/sessions", new { clientId, roomId = roomId ?? studio.RoomA.Id, startsAt = start, endsAt = end, title = "Album" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<SessionDto>();
    }

    private static async Task<ClientDto> ClientAsync(StudioSeed studio, string name) =>
        await (await studio.Http.PostJsonAsync("/api/clients", new { name = char.ToUpperInvariant(name[0]) + name[1..], email = $"{name}@{studio.Subdomain}.test" })).ReadAsync<ClientDto>();
}
