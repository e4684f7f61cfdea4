using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace RecordingStudio.TestSupport;

/// <summary>
/// A local stand-in for Stripe's API over real HTTP (Stripe.net's client is pointed at it with Stripe:ApiBase): it
/// creates Checkout sessions and keeps each request's form fields. <see cref="SignedEvent"/> builds a webhook payload
/// and its Stripe-Signature header as Stripe signs them.
/// </summary>
public sealed class FakeStripeServer : IAsyncDisposable
{
    public const string SecretKey = "sk_test_fake", WebhookSecret = "whsec_test_fake";
    private readonly WebApplication _app;
    private int _sessions;

    public ConcurrentQueue<Dictionary<string, string>> CheckoutRequests { get; } = new();
    public string BaseUrl { get; private set; } = "";

    private FakeStripeServer(WebApplication app) => _app = app;

    public static async Task<FakeStripeServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration["AllowedHosts"] = "*";
        var app = builder.Build();
        var server = new FakeStripeServer(app);
        app.MapPost("/v1/checkout/sessions", async (HttpRequest request) =>
        {
            if (request.Headers.Authorization.ToString() != $"Bearer {SecretKey}") return Results.Json(new { error = new { message = "Invalid API key" } }, statusCode: 401);
            var form = await request.ReadFormAsync();
            server.CheckoutRequests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
            var id = $"cs_test_{Interlocked.Increment(ref server._sessions)}";
            return Results.Json(new { id, @object = "checkout.session", url = $"https://checkout.stripe.test/c/pay/{id}", payment_status = "unpaid" });
        });
        await app.StartAsync();
        server.BaseUrl = app.Urls.First();
        return server;
    }

    public Dictionary<string, string?> Settings() => new()
    {
        ["Stripe:SecretKey"] = SecretKey,
        ["Stripe:WebhookSecret"] = WebhookSecret,
        ["Stripe:ApiBase"] = BaseUrl,
    };

    /// <summary>A checkout.session.completed event for the studio's invoice (as the app's checkout tags it), signed with <paramref name="secret"/> at <paramref name="signedAt"/> (now unless given).</summary>
    public static (string Payload, string Signature) SignedEvent(string studio, string eventId, string checkoutId, Guid invoiceId, long amountMinor, string currency = "eur",
        string secret = WebhookSecret, DateTimeOffset? signedAt = null, string type = "checkout.session.completed", string paymentStatus = "paid")
    {
        // Indented, as Stripe sends it.
        var payload = System.Text.Json.JsonSerializer.Serialize(new
        {
            id = eventId, @object = "event", api_version = "2020-08-27", created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), type, livemode = false, pending_webhooks = 1,
            data = new
            {
                @object = new
                {
                    id = checkoutId, @object = "checkout.session", amount_total = amountMinor, currency, payment_status = paymentStatus,
                    client_reference_id = invoiceId.ToString(), metadata = new Dictionary<string, string> { ["invoice_id"] = invoiceId.ToString(), ["studio"] = studio },
                },
            },
        }, new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        return (payload, Sign(payload, secret, signedAt));
    }

    /// <summary>The Stripe-Signature header of a payload: t=timestamp,v1=HMAC-SHA256(secret, "timestamp.payload").</summary>
    public static string Sign(string payload, string secret = WebhookSecret, DateTimeOffset? signedAt = null)
    {
        var timestamp = (signedAt ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        return $"t={timestamp},v1={Convert.ToHexStringLower(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{timestamp}.{payload}")))}";
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
