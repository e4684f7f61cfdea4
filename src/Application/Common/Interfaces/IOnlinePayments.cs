namespace RecordingStudio.Application.Common.Interfaces;

/// <summary>A hosted payment page for what is left to pay on an invoice; the client comes back to <see cref="ReturnUrl"/>.</summary>
public sealed record CheckoutRequest(Guid InvoiceId, string InvoiceNumber, decimal Amount, string Currency, string? CustomerEmail, string ReturnUrl);

/// <summary>
/// A payment the provider says was made: for which studio and invoice, how much, and the provider's id of it (one
/// payment, however often told).
/// </summary>
public sealed record PaidCheckout(string Studio, Guid InvoiceId, decimal Amount, string Currency, string ExternalId);

/// <summary>
/// Online payment for the current studio (Stripe Checkout), offered only when its keys are configured. Webhooks are
/// read only once their signature is verified with the studio's webhook secret.
/// </summary>
public interface IOnlinePayments
{
    bool IsOffered { get; }

    /// <summary>The address of the payment page; a provider that refuses or cannot be reached is a 409 online_payment_failed.</summary>
    Task<string> StartCheckoutAsync(CheckoutRequest request, CancellationToken ct);

    /// <summary>
    /// The payment a webhook reports, once its signature is verified; null for an event that pays nothing. A payload
    /// whose signature fails (or is too old) is refused with a DomainException (400 invalid_signature).
    /// </summary>
    PaidCheckout? ReadWebhook(string payload, string? signature);
}
