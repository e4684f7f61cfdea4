using System.Net;
using System.Text;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Domain.Studio;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Api;

/// <summary>Stripe Checkout from the portal against a local fake of Stripe's API; webhooks signed as Stripe signs them: verified, idempotent, one studio's secret only.</summary>
[Collection(PlatformCollection.Name)]
public sealed class OnlinePaymentTests(PlatformFixture platform) : IAsyncLifetime
{
    private const string Password = "client-pay-password-1";
    private FakeStripeServer _stripe = null!;

    public async Task InitializeAsync() => _stripe = await FakeStripeServer.StartAsync();

    public async Task DisposeAsync() => await _stripe.DisposeAsync();

    [Fact]
    public async Task A_client_pays_online_and_the_signed_webhook_records_one_payment_however_often_it_comes()
    {
        using var app = platform.CreateApp(_stripe.Settings());
        var studio = await CreateAsync(platform, "stripe", app);
        var (email, portal) = await studio.PortalClientAsync(platform, Password, app);
        var invoice = await IssuedAsync(studio, 120m);
        await studio.Http.PostJsonAsync($"/api/invoices/{invoice.Id}/payments", new { amount = 20m, method = "cash", paidOn = invoice.IssuedOn });

        var checkout = await portal.PostAsync($"/api/portal/invoices/{invoice.Id}/checkout", null);
        checkout.StatusCode.ShouldBe(HttpStatusCode.OK, await checkout.Content.ReadAsStringAsync());
        (await checkout.ReadAsync<Application.Studio.Portal.StartMyCheckout.CheckoutDto>()).Url.ShouldStartWith("https://checkout.stripe.test/c/pay/cs_test_");
        var asked = _stripe.CheckoutRequests.First();
        (asked["line_items[0][price_data][unit_amount]"], asked["line_items[0][price_data][currency]"], asked["metadata[invoice_id]"], asked["customer_email"])
            .ShouldBe(("10000", "eur", invoice.Id.ToString(), email), "what is left to pay, in cents");

        // The portal page offers it as a button whose form sends the client on to the payment page.
        var page = await (await portal.GetAsync("/client/sessions")).Content.ReadAsStringAsync();
        page.ShouldContain("Pay 100.00 EUR online");
        var pay = await portal.PostFormAsync($"/client/sessions?handler=Pay&id={invoice.Id}", await portal.FormTokenAsync("/client/sessions"), new Dictionary<string, string>());
        (pay.StatusCode, pay.Headers.Location?.Host).ShouldBe((HttpStatusCode.Redirect, "checkout.stripe.test"));

        var (payload, signature) = FakeStripeServer.SignedEvent(studio.Subdomain, "evt_1", "cs_test_1", invoice.Id, 10000);
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => WebhookAsync(app, studio, payload, signature)));
        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK);
        var outcomes = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()));
        outcomes.Count(o => o.Contains("\"recorded\"")).ShouldBe(1, "one payment however many deliveries at once");
        var (again, againSignature) = FakeStripeServer.SignedEvent(studio.Subdomain, "evt_2", "cs_test_1", invoice.Id, 10000, type: "checkout.session.async_payment_succeeded");
        (await (await WebhookAsync(app, studio, again, againSignature)).Content.ReadAsStringAsync()).ShouldContain("alreadyRecorded", Case.Insensitive);

        var paid = await (await studio.Http.GetAsync($"/api/invoices/{invoice.Id}")).ReadAsync<InvoiceDto>();
        (paid.Status, paid.Balance, paid.Payments.Count(p => p.Method == PaymentMethod.Online)).ShouldBe((InvoiceStatus.Paid, 0m, 1));
        (await (await portal.PostAsync($"/api/portal/invoices/{invoice.Id}/checkout", null)).ProblemAsync(409)).GetProperty("code").GetString().ShouldBe("invoice_paid");
    }

    [Fact]
    public async Task A_webhook_with_a_bad_or_old_signature_or_another_studios_secret_records_nothing_and_without_keys_online_payment_is_not_offered()
    {
        using var app = platform.CreateApp(_stripe.Settings());
        var studio = await CreateAsync(platform, "stripebad", app);
        var invoice = await IssuedAsync(studio, 50m);
        var (payload, _) = FakeStripeServer.SignedEvent(studio.Subdomain, "evt_1", "cs_1", invoice.Id, 5000);
        foreach (var signature in new[] { "", "t=1,v1=deadbeef", FakeStripeServer.SignedEvent(studio.Subdomain, "evt_1", "cs_1", invoice.Id, 5000, secret: "whsec_other").Signature,
                     FakeStripeServer.SignedEvent(studio.Subdomain, "evt_1", "cs_1", invoice.Id, 5000, signedAt: DateTimeOffset.UtcNow.AddHours(-1)).Signature })
            (await (await WebhookAsync(app, studio, payload, signature)).ProblemAsync(400)).GetProperty("code").GetString().ShouldBe("invalid_signature");
        // A valid signature over another payload does not carry over to this one.
        var (other, otherSignature) = FakeStripeServer.SignedEvent(studio.Subdomain, "evt_9", "cs_9", invoice.Id, 100);
        (await (await WebhookAsync(app, studio, payload.Replace("5000", "99999"), otherSignature)).ProblemAsync(400)).GetProperty("code").GetString().ShouldBe("invalid_signature");
        _ = other;
        // Signed, but not an event one can read: refused, not a fault.
        foreach (var garbage in new[] { "not json at all", payload.Replace("5000", "\"x\""), payload.Replace("\"currency\": \"eur\",", "") })
        {
            var answer = await WebhookAsync(app, studio, garbage, FakeStripeServer.Sign(garbage));
            answer.StatusCode.ShouldBeOneOf([HttpStatusCode.BadRequest, HttpStatusCode.OK], garbage);
            if (answer.StatusCode == HttpStatusCode.OK) (await answer.Content.ReadAsStringAsync()).ShouldContain("ignored");
        }
        var unpaidEvent = FakeStripeServer.SignedEvent(studio.Subdomain, "evt_3", "cs_3", invoice.Id, 5000, paymentStatus: "unpaid");
        (await (await WebhookAsync(app, studio, unpaidEvent.Payload, unpaidEvent.Signature)).Content.ReadAsStringAsync()).ShouldContain("ignored");
        (await (await studio.Http.GetAsync($"/api/invoices/{invoice.Id}")).ReadAsync<InvoiceDto>()).Paid.ShouldBe(0m);

        // One platform Stripe account tells every studio's webhook of every payment: another studio's is ignored, silently.
        var stranger = await CreateAsync(platform, "stripeother", app);
        var valid = FakeStripeServer.SignedEvent(studio.Subdomain, "evt_4", "cs_4", invoice.Id, 5000);
        (await (await WebhookAsync(app, stranger, valid.Payload, valid.Signature)).Content.ReadAsStringAsync()).ShouldContain("ignored");
        (await (await studio.Http.GetAsync($"/api/invoices/{invoice.Id}")).ReadAsync<InvoiceDto>()).Paid.ShouldBe(0m);
        platform.MessagesTo(PlatformFixture.OwnerEmail(stranger.Subdomain)).ShouldNotContain(m => m.Subject!.Contains("online"), "another studio's payment is none of its business");

        var plain = await CreateAsync(platform, "stripenone"); // the fixture's app: no Stripe keys
        var (_, portal) = await plain.PortalClientAsync(platform, Password);
        var theirs = await IssuedAsync(plain, 10m);
        (await (await portal.PostAsync($"/api/portal/invoices/{theirs.Id}/checkout", null)).ProblemAsync(409)).GetProperty("code").GetString().ShouldBe("online_payment_not_offered");
        (await (await WebhookAsync(platform.App, plain, valid.Payload, valid.Signature)).ProblemAsync(400)).GetProperty("code").GetString().ShouldBe("online_payment_not_offered");

        // A paid invoice paid again online: nothing recorded, the studio told to refund it.
        var settled = await IssuedAsync(studio, 10m);
        await studio.Http.PostJsonAsync($"/api/invoices/{settled.Id}/payments", new { amount = 10m, method = "cash", paidOn = settled.IssuedOn });
        var late = FakeStripeServer.SignedEvent(studio.Subdomain, "evt_5", "cs_5", settled.Id, 1000);
        (await (await WebhookAsync(app, studio, late.Payload, late.Signature)).Content.ReadAsStringAsync()).ShouldContain("nothingDue");
        platform.MessagesTo(PlatformFixture.OwnerEmail(studio.Subdomain)).ShouldContain(m => m.Subject == $"Invoice {settled.Number} paid online beyond its balance");
    }

    private static Task<HttpResponseMessage> WebhookAsync(StudioAppFactory app, StudioSeed studio, string payload, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/stripe/webhook") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Stripe-Signature", signature);
        return app.ClientFor(studio.Subdomain).SendAsync(request);
    }

    private static async Task<InvoiceDto> IssuedAsync(StudioSeed studio, decimal amount)
    {
        var draft = await (await studio.Http.PostJsonAsync("/api/invoices", new { clientId = studio.Client.Id, lines = new[] { new { description = "Mixing", amount } } }))
            .ReadAsync<InvoiceDto>();
        return await (await studio.Http.PostAsync($"/api/invoices/{draft.Id}/issue", null)).ReadAsync<InvoiceDto>();
    }
}
