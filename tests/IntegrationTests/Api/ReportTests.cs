using System.Net;
using System.Net.Http.Headers;
using RecordingStudio.Application.Platform.Tenants.GetTenants;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Application.Studio.Reports.GetOutstandingReport;
using RecordingStudio.Application.Studio.Reports.GetRevenueReport;
using RecordingStudio.Application.Studio.Reports.GetUtilizationReport;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Api;

/// <summary>Revenue (invoiced less credit notes) by month, room and engineer; utilisation; outstanding balances — JSON and CSV.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ReportTests(PlatformFixture platform)
{
    [Fact]
    public async Task Revenue_counts_issued_invoices_less_credit_notes_by_the_month_room_and_engineer_they_billed_and_drafts_not_at_all()
    {
        var studio = await CreateAsync(platform, "revenue");
        var vocals = await (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, At(10), At(12), "Vocals")).ReadAsync<SessionDto>();
        var mix = await (await studio.BookAsync(studio.RoomB.Id, null, At(14), At(15), "Mix")).ReadAsync<SessionDto>();
        var january = await IssueAsync(studio, [vocals.Id], 0m);
        var now = await IssueAsync(studio, [mix.Id], 100m);
        await IssueAsync(studio, [], 0m, issue: false, free: 999m); // a draft is not revenue
        var voided = await IssueAsync(studio, [], 50m);
        (await studio.Http.PostJsonAsync($"/api/invoices/{voided.Id}/credit-notes", new { full = true })).EnsureSuccessStatusCode();
        (await studio.Http.PostJsonAsync($"/api/invoices/{now.Id}/credit-notes", new { lines = new[] { new { description = "Goodwill", amount = 10m } } }))
            .EnsureSuccessStatusCode();
        var today = now.IssuedOn!.Value;
        var lastYear = new DateOnly(today.Year - 1, 1, 15);
        await SqlAsync(studio, $"UPDATE invoices SET issued_on = '{lastYear:yyyy-MM-dd}' WHERE id = '{january.Id}'");

        var byMonth = await ReportAsync<RevenueReportDto>(studio, $"/api/reports/revenue?from={lastYear.AddDays(-14):yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        byMonth.Rows.Select(r => (r.Key, r.Net)).ShouldBe([($"{lastYear:yyyy-MM}", vocals.Price!.Net), ($"{today:yyyy-MM}", mix.Price!.Net + 100m - 10m)]);
        byMonth.Rows[0].Label.ShouldBe(lastYear.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture));
        byMonth.Net.ShouldBe(vocals.Price.Net + mix.Price.Net + 90m);
        (await ReportAsync<RevenueReportDto>(studio, "/api/reports/revenue")).Net.ShouldBe(mix.Price.Net + 90m, "the year so far by default");

        var byRoom = await ReportAsync<RevenueReportDto>(studio, $"/api/reports/revenue?from={lastYear:yyyy-MM-dd}&groupBy=room");
        byRoom.Rows.Select(r => (r.Label, r.Net)).OrderBy(r => r.Label)
            .ShouldBe([("Other lines", 90m), ("Studio A", vocals.Price.Net), ("Studio B", mix.Price.Net)]);
        var byEngineer = await ReportAsync<RevenueReportDto>(studio, $"/api/reports/revenue?from={lastYear:yyyy-MM-dd}&groupBy=engineer");
        byEngineer.Rows.Single(r => r.Label == "Sam Keller").Net.ShouldBe(vocals.Price.Net);

        var csv = await CsvAsync(studio, $"/api/reports/revenue?from={lastYear:yyyy-MM-dd}&groupBy=room");
        csv[0].ShouldBe("room,net,tax,gross,currency");
        var studioB = csv.Single(l => l.StartsWith("Studio B,")).Split(',');
        (decimal.Parse(studioB[1], System.Globalization.CultureInfo.InvariantCulture), studioB[4]).ShouldBe((mix.Price.Net, "EUR"));

        (await (await studio.Http.GetAsync("/api/reports/revenue?groupBy=client")).ProblemAsync(400)).GetProperty("errors").TryGetProperty("groupBy", out _).ShouldBeTrue();
        (await studio.Http.GetAsync("/api/reports/revenue?from=2026-13-01")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        foreach (var far in new[] { "/api/reports/revenue?from=0001-01-01", "/api/reports/revenue?from=1990-01-01", "/api/reports/utilization?from=9999-12-01",
                     "/api/reports/utilization?from=0001-01-01&to=0001-01-31", "/api/reports/utilization?to=2026-01-01" })
            (await studio.Http.GetAsync(far)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, far);
        (await (await studio.Http.GetAsync($"/api/reports/revenue?from={today:yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}")).ProblemAsync(400))
            .GetProperty("errors").TryGetProperty("to", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Utilisation_is_booked_over_open_hours_per_room_holds_and_cancellations_aside_and_engineer_hours_are_summed()
    {
        var studio = await CreateAsync(platform, "utilization");
        var settings = await (await studio.Http.GetAsync("/api/studio/settings")).ReadAsync<StudioSettingsDto>();
        (await studio.Http.PutJsonAsync("/api/studio/settings", settings with { TimeZone = "UTC", OpensAt = new TimeOnly(9, 0), ClosesAt = new TimeOnly(21, 0) }))
            .EnsureSuccessStatusCode();
        await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, At(10), At(13));
        await studio.Http.PostJsonAsync("/api/sessions", new { clientId = studio.Client.Id, roomId = studio.RoomA.Id, startsAt = At(14), endsAt = At(16), hold = true });
        var cancelled = await (await studio.BookAsync(studio.RoomA.Id, null, At(17), At(19))).ReadAsync<SessionDto>();
        (await studio.Http.PostJsonAsync($"/api/sessions/{cancelled.Id}/cancel", new { reason = "flu" })).EnsureSuccessStatusCode();
        await studio.BookAsync(studio.RoomB.Id, studio.Sam.Id, At(14), At(15, 2));
        var day = DateOnly.FromDateTime(At(0).UtcDateTime);

        var report = await ReportAsync<UtilizationReportDto>(studio, $"/api/reports/utilization?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}&period=week");
        var roomA = report.Rooms.Single(r => r.Room == "Studio A");
        (roomA.BookedHours, roomA.OpenHours, roomA.UtilizationPercent).ShouldBe((3m, 12m, 25m));
        report.Rooms.Single(r => r.Room == "Studio B").BookedHours.ShouldBe(10m, "a session running past the report's last day counts up to its end");
        report.Engineers.ShouldHaveSingleItem().Hours.ShouldBe(13m);
        roomA.Period.ShouldStartWith($"{System.Globalization.ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue))}-W");

        var csv = await CsvAsync(studio, $"/api/reports/utilization?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}");
        csv[0].ShouldBe("period,kind,name,bookedHours,openHours,utilizationPercent");
        csv.ShouldContain($"{day:yyyy-MM},room,Studio A,3,12,25");
        csv.ShouldContain($"{day:yyyy-MM},engineer,Sam Keller,13,,");
    }

    [Fact]
    public async Task Outstanding_lists_what_each_client_owes_oldest_due_first_with_days_overdue_and_spreadsheet_formulas_are_defused()
    {
        var studio = await CreateAsync(platform, "outstanding");
        var marc = await (await studio.Http.PostJsonAsync("/api/clients", new { name = "=HYPERLINK(\"http://x\")" })).ReadAsync<ClientDto>();
        var late = await IssueAsync(studio, [], 200m);
        var partly = await IssueAsync(studio, [], 100m);
        await studio.Http.PostJsonAsync($"/api/invoices/{partly.Id}/payments", new { amount = 40m, method = "cash", paidOn = partly.IssuedOn });
        var paid = await IssueAsync(studio, [], 10m);
        await studio.Http.PostJsonAsync($"/api/invoices/{paid.Id}/payments", new { amount = 10m, method = "cash", paidOn = paid.IssuedOn });
        var marcs = await IssueAsync(studio, [], 30m, clientId: marc.Id);
        var today = late.IssuedOn!.Value;
        await SqlAsync(studio, $"UPDATE invoices SET issued_on = '{today.AddDays(-45):yyyy-MM-dd}', due_on = '{today.AddDays(-15):yyyy-MM-dd}' WHERE id = '{late.Id}'");

        var report = await ReportAsync<OutstandingReportDto>(studio, "/api/reports/outstanding");
        report.Invoices.Select(i => (i.Number, i.Balance, i.DaysOverdue)).ShouldBe([(late.Number!, 200m, 15), (partly.Number!, 60m, 0), (marcs.Number!, 30m, 0)]);
        (report.Balance, report.Overdue).ShouldBe((290m, 200m));
        var lena = report.Clients.First();
        (lena.Client, lena.Invoices, lena.Balance, lena.Overdue).ShouldBe(("Lena Diaz", 2, 260m, 200m));
        (await (await studio.Http.GetAsync($"/api/invoices/{late.Id}")).ReadAsync<InvoiceDto>()).Overdue.ShouldBeTrue();

        var csv = await CsvAsync(studio, "/api/reports/outstanding");
        csv.ShouldContain(line => line.StartsWith($"{marcs.Number},\"'=HYPERLINK(\"\"http://x\"\")\","));
    }

    private async Task SqlAsync(StudioSeed studio, string sql)
    {
        var tenant = (await platform.SendAsync(new GetTenantsQuery())).Single(t => t.Subdomain == studio.Subdomain);
        await platform.ScalarAsync(tenant.ServerKey!, tenant.DatabaseName!, sql);
    }

    private static async Task<InvoiceDto> IssueAsync(StudioSeed studio, Guid[] sessionIds, decimal amount, bool issue = true, decimal free = 0, Guid? clientId = null)
    {
        var lines = amount + free > 0 ? new[] { new { description = "Extra", amount = amount + free } } : null;
        var response = await studio.Http.PostJsonAsync("/api/invoices", new { clientId = clientId ?? studio.Client.Id, sessionIds, lines });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var draft = await response.ReadAsync<InvoiceDto>();
        return issue ? await (await studio.Http.PostAsync($"/api/invoices/{draft.Id}/issue", null)).ReadAsync<InvoiceDto>() : draft;
    }

    private static async Task<T> ReportAsync<T>(StudioSeed studio, string path)
    {
        var response = await studio.Http.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<T>();
    }

    private static async Task<string[]> CsvAsync(StudioSeed studio, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var response = await studio.Http.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        return (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }
}
