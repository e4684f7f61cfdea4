using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using RecordingStudio.Application.Studio.Invoices.RecordOnlinePayment;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Endpoints;

/// <summary>
/// The payment provider's webhook, on each studio's host: no account, trusted only once the Stripe-Signature verifies
/// with the studio's webhook secret (400 invalid_signature otherwise); it answers as soon as the payment is recorded.
/// </summary>
public sealed class PaymentsEndpoints : IEndpointGroup
{
    public static string Description => "The payment provider's webhook, on each studio's host: no account, trusted only once the Stripe-Signature verifies with the studio's webhook secret (400 invalid_signature otherwise); it answers as soon as the payment is recorded.";

    public static string Prefix => "/api/payments";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireStudioHost().AllowAnonymous();
        group.MapPost("/stripe/webhook", StripeWebhook).DisableAntiforgery();
    }

    public sealed record WebhookAnswer(string Outcome);

    /// <summary>Records the payment a signed Stripe event reports (checkout.session.completed), once however often it is sent.</summary>
    static async Task<Ok<WebhookAnswer>> StripeWebhook(HttpRequest request, ISender sender, CancellationToken ct)
    {
        // Read no more than a webhook can be: a larger body is refused by the validator, not buffered whole.
        var buffer = new char[RecordOnlinePaymentCommandValidator.MaxPayload + 1];
        using var reader = new StreamReader(request.Body);
        var read = await reader.ReadBlockAsync(buffer, ct);
        var payload = new string(buffer, 0, read);
        var outcome = await sender.Send(new RecordOnlinePaymentCommand(payload, request.Headers["Stripe-Signature"].ToString()), ct);
        return TypedResults.Ok(new WebhookAnswer(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString())));
    }
}
