using Microsoft.Extensions.Configuration;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;
using Stripe;
using Stripe.Checkout;
using Session = Stripe.Checkout.Session;

namespace RecordingStudio.Infrastructure.Payments;

/// <summary>
/// Stripe Checkout with Stripe.net. Keys come from the environment or configuration, never from the repository: a
/// studio's own (<c>Stripe:Studios:&lt;subdomain&gt;:SecretKey</c> and <c>:WebhookSecret</c>) or the platform's
/// (<c>STRIPE_SECRET_KEY</c>, <c>STRIPE_WEBHOOK_SECRET</c>); <c>Stripe:ApiBase</c> points at another Stripe API (a
/// local fake in the tests). Without a secret key and a webhook secret, online payment is not offered.
/// </summary>
public sealed class StripeOnlinePayments(IConfiguration configuration, ITenantContext tenant) : IOnlinePayments
{
    private (string SecretKey, string WebhookSecret)? Keys
    {
        get
        {
            var studio = tenant.Tenant?.Subdomain is { } subdomain ? configuration.GetSection($"Stripe:Studios:{subdomain}") : null;
            var secret = Value(studio?["SecretKey"], configuration["STRIPE_SECRET_KEY"], configuration["Stripe:SecretKey"]);
            var webhook = Value(studio?["WebhookSecret"], configuration["STRIPE_WEBHOOK_SECRET"], configuration["Stripe:WebhookSecret"]);
            return secret is null || webhook is null ? null : (secret, webhook);
        }
    }

    public bool IsOffered => Keys is not null;

    public async Task<string> StartCheckoutAsync(CheckoutRequest request, CancellationToken ct)
    {
        var keys = Keys ?? throw new InvalidOperationException("Online payment is not configured for this studio.");
        var client = new StripeClient(apiKey: keys.SecretKey, apiBase: configuration["Stripe:ApiBase"] is { Length: > 0 } apiBase ? apiBase : null);
        var invoice = request.InvoiceId.ToString();
        Session session;
        try
        {
            session = await new SessionService(client).CreateAsync(new SessionCreateOptions
        {
            Mode = "payment",
            ClientReferenceId = invoice,
            CustomerEmail = request.CustomerEmail,
            SuccessUrl = request.ReturnUrl,
            CancelUrl = request.ReturnUrl,
            Metadata = new Dictionary<string, string> { ["invoice_id"] = invoice, ["studio"] = tenant.Tenant?.Subdomain ?? "" },
            LineItems =
            [
                new SessionLineItemOptions
                {
                    Quantity = 1,
                    PriceData = new SessionLineItemPriceDataOptions
                    {
                        Currency = request.Currency.ToLowerInvariant(),
                        UnitAmount = MinorUnits(request.Amount, request.Currency),
                        ProductData = new SessionLineItemPriceDataProductDataOptions { Name = $"Invoice {request.InvoiceNumber}" },
                    },
                },
            ],
            }, cancellationToken: ct);
        }
        catch (Exception ex) when (ex is StripeException or HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            throw new ConflictException("online_payment_failed",
                "The payment page could not be opened just now (the payment provider refused or did not answer); try again later or pay as the invoice says.");
        }
        return session.Url;
    }

    public PaidCheckout? ReadWebhook(string payload, string? signature)
    {
        var keys = Keys ?? throw new DomainException("online_payment_not_offered", "This studio takes no online payments.");
        Event stripeEvent;
        try
        {
            // Any API version: the fields read here are the same in all of them.
            stripeEvent = EventUtility.ConstructEvent(payload, signature ?? "", keys.WebhookSecret, throwOnApiVersionMismatch: false);
        }
        catch (StripeException)
        {
            throw new DomainException("invalid_signature", "The payload's Stripe-Signature does not verify with this studio's webhook secret, or is too old.");
        }
        catch (Exception ex) when (ex is Newtonsoft.Json.JsonException or System.Text.Json.JsonException or FormatException or OverflowException)
        {
            throw new DomainException("invalid_event", "The payload is signed but is not a Stripe event this studio can read.");
        }
        if (stripeEvent.Type is not (EventTypes.CheckoutSessionCompleted or EventTypes.CheckoutSessionAsyncPaymentSucceeded)
            || stripeEvent.Data?.Object is not Stripe.Checkout.Session { PaymentStatus: "paid", Currency.Length: 3 } paid
            || paid.Metadata?.TryGetValue("invoice_id", out var invoice) != true || !Guid.TryParse(invoice, out var invoiceId))
            return null;
        var currency = paid.Currency.ToUpperInvariant();
        return new PaidCheckout(paid.Metadata.GetValueOrDefault("studio") ?? "", invoiceId, FromMinorUnits(paid.AmountTotal ?? 0, currency), currency, $"stripe:{paid.Id}");
    }

    private static long MinorUnits(decimal amount, string currency) => (long)(amount * Pow10(Currencies.MinorUnits(currency)));

    private static decimal FromMinorUnits(long amount, string currency) => amount / Pow10(Currencies.MinorUnits(currency));

    private static decimal Pow10(int digits) => digits switch { 0 => 1m, 3 => 1000m, _ => 100m };

    private static string? Value(params string?[] candidates) => candidates.FirstOrDefault(c => c is { Length: > 0 });
}
