using System.Net;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Domain.Studio;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Api;

/// <summary>The studio's deposit asked at booking and recorded, its cancellation terms shown before and charged on cancelling, both reaching the invoice.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DepositAndCancellationTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_booking_is_asked_the_studios_deposit_a_late_cancellation_is_charged_and_the_invoice_counts_the_deposits_paid()
    {
        var studio = await CreateAsync(platform, "deposit");
        var settings = await (await studio.Http.GetAsync("/api/studio/settings")).ReadAsync<StudioSettingsDto>();
        var saved = await (await studio.Http.PutJsonAsync("/api/studio/settings", settings with
        {
            DepositPolicy = new DepositPolicyDto(Percent: 30, DueDays: 2, DueFrom: DepositDueFrom.Booking),
            CancellationPolicy = new CancellationPolicyDto(WindowHours: 48, FeePercent: 50, KeepDeposit: true),
        })).ReadAsync<StudioSettingsDto>();
        (saved.DepositPolicy, saved.CancellationPolicy).ShouldBe((new DepositPolicyDto(30, null, 2, DepositDueFrom.Booking), new CancellationPolicyDto(48, 50, true)));

        var later = await (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, At(10, 10), At(12, 10), "Tracking")).ReadAsync<SessionDto>();
        var deposit = later.Deposit.ShouldNotBeNull();
        (deposit.Amount, deposit.Paid, deposit.IsPaid).ShouldBe((Currencies.Round(later.Price!.Gross * 0.3m, "EUR"), 0m, false));
        deposit.DueAt!.Value.ShouldBeInRange(DateTimeOffset.UtcNow.AddDays(2).AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(2));
        var terms = await (await studio.Http.GetAsync($"/api/sessions/{later.Id}/cancellation")).ReadAsync<CancellationTerms>();
        (terms.WithinWindow, terms.Fee, terms.Summary).ShouldBe((false, 0m, "No cancellation fee: more than 48 h before the session."));

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var part = await (await studio.Http.PostJsonAsync($"/api/sessions/{later.Id}/deposit", new { amount = 20m, method = "transfer", paidOn = today.AddDays(-1), reference = "VIR 77" }))
            .ReadAsync<SessionDto>();
        (part.Deposit!.Paid, part.Deposit.IsPaid).ShouldBe((20m, false));
        (await (await studio.Http.PostJsonAsync($"/api/sessions/{later.Id}/deposit", new { amount = later.Price.Gross, method = "cash", paidOn = today.AddDays(-1) }))
            .ProblemAsync(409)).GetProperty("code").GetString().ShouldBe("deposit_exceeds_price");
        (await (await studio.Http.PostJsonAsync($"/api/sessions/{later.Id}/deposit", new { amount = 5m, method = "online", paidOn = today.AddDays(-1) }))
            .ProblemAsync(400)).GetProperty("errors").TryGetProperty("method", out _).ShouldBeTrue();
        var paid = await (await studio.Http.PostJsonAsync($"/api/sessions/{later.Id}/deposit", new { amount = deposit.Amount - 20m, method = "card", paidOn = today.AddDays(-1) }))
            .ReadAsync<SessionDto>();
        paid.Deposit!.IsPaid.ShouldBeTrue();

        var soon = await (await studio.BookAsync(studio.RoomB.Id, null, At(10, 1), At(14, 1), "Mix")).ReadAsync<SessionDto>();
        await studio.Http.PostJsonAsync($"/api/sessions/{soon.Id}/deposit", new { amount = soon.Deposit!.Amount, method = "transfer", paidOn = today.AddDays(-1) });
        var late = await (await studio.Http.GetAsync($"/api/sessions/{soon.Id}/cancellation")).ReadAsync<CancellationTerms>();
        var fee = Currencies.Round(soon.Price!.Gross / 2, "EUR");
        (late.WithinWindow, late.Fee, late.DepositKept).ShouldBe((true, fee, soon.Deposit.Amount));
        late.Summary.ShouldContain($"a fee of {Currencies.Text(fee, "EUR")} (50 %)");
        var cancelled = await (await studio.Http.PostAsync($"/api/sessions/{soon.Id}/cancel", null)).ReadAsync<SessionDto>();
        cancelled.CancellationCharge.ShouldBe(fee, "the fee, being more than the deposit kept");

        var free = await (await studio.BookAsync(studio.RoomA.Id, null, At(10, 20), At(11, 20), "Early cancel")).ReadAsync<SessionDto>();
        (await studio.Http.PostAsync($"/api/sessions/{free.Id}/cancel", null)).EnsureSuccessStatusCode();
        (await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id, sessionIds = new[] { free.Id } })).ProblemAsync(409))
            .GetProperty("code").GetString().ShouldBe("session_not_billable", "cancelled in time, it costs nothing");

        var draft = await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id, sessionIds = new[] { later.Id, soon.Id } }))
            .ReadAsync<InvoiceDto>();
        var charge = draft.Lines.Single(l => l.SessionId == soon.Id);
        (charge.Gross, charge.Description.StartsWith("Cancellation charge: Mix")).ShouldBe((fee, true));
        var issued = await (await studio.Http.PostAsync($"/api/invoices/{draft.Id}/issue", null)).ReadAsync<InvoiceDto>();
        issued.Paid.ShouldBe(deposit.Amount + soon.Deposit.Amount, "the deposits received count as paid");
        (issued.Status, issued.Balance).ShouldBe((InvoiceStatus.PartlyPaid, issued.Total - issued.Paid));
        issued.Payments.ShouldContain(p => p.Reference == "Deposit: VIR 77" || p.Reference == "Deposit");
        (await (await studio.Http.PostJsonAsync($"/api/sessions/{later.Id}/deposit", new { amount = 1m, method = "cash", paidOn = today.AddDays(-1) })).ProblemAsync(409))
            .GetProperty("code").GetString().ShouldBe("session_invoiced", "once invoiced, money is recorded on the invoice");
    }

    [Fact]
    public async Task Bad_policies_are_refused_by_field()
    {
        var studio = await CreateAsync(platform, "depositbad");
        var settings = await (await studio.Http.GetAsync("/api/studio/settings")).ReadAsync<StudioSettingsDto>();
        async Task<string> RefusedAsync(StudioSettingsDto body) =>
            string.Join(",", (await (await studio.Http.PutJsonAsync("/api/studio/settings", body)).ProblemAsync(400)).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        (await RefusedAsync(settings with { DepositPolicy = new DepositPolicyDto(Percent: 130) })).ShouldContain("depositPolicy.percent", Case.Insensitive);
        (await RefusedAsync(settings with { DepositPolicy = new DepositPolicyDto(Percent: 30, Amount: 50) })).ShouldContain("depositPolicy", Case.Insensitive);
        (await RefusedAsync(settings with { CancellationPolicy = new CancellationPolicyDto(WindowHours: -1) })).ShouldContain("cancellationPolicy.windowHours", Case.Insensitive);
        var none = await (await studio.Http.PutJsonAsync("/api/studio/settings", settings with { DepositPolicy = new DepositPolicyDto(), CancellationPolicy = new CancellationPolicyDto() }))
            .ReadAsync<StudioSettingsDto>();
        (none.DepositPolicy, none.CancellationPolicy).ShouldBe((null, null));
        var session = await (await studio.BookAsync(studio.RoomA.Id, null, At(10, 5), At(12, 5))).ReadAsync<SessionDto>();
        session.Deposit.ShouldBeNull("no policy, no deposit");
    }
}
