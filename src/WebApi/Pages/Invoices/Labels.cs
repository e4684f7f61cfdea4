using RecordingStudio.Domain.Studio;

namespace RecordingStudio.WebApi.Pages.Invoices;

/// <summary>How pages name an invoice's state and a payment's method.</summary>
public static class Labels
{
    public static string Of(InvoiceStatus status) => status == InvoiceStatus.PartlyPaid ? "Partly paid" : status.ToString();

    public static string Of(PaymentMethod method) => method == PaymentMethod.Transfer ? "Bank transfer" : method == PaymentMethod.Card ? "Card terminal" : method.ToString();
}
