using Mediator;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Clients.GetClient;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Application.Studio.Invoices.DeleteDraftInvoice;
using RecordingStudio.Application.Studio.Invoices.GetInvoice;
using RecordingStudio.Application.Studio.Invoices.IssueCreditNote;
using RecordingStudio.Application.Studio.Invoices.IssueInvoice;
using RecordingStudio.Application.Studio.Invoices.RecordPayment;
using RecordingStudio.Application.Studio.Invoices.SendInvoice;
using RecordingStudio.Application.Studio.Settings;
using RecordingStudio.Application.Studio.Settings.GetStudioSettings;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.WebApi.Pages.Invoices;

/// <summary>
/// An invoice as it prints (the browser's print leaves out everything but the sheet) with what can be done next:
/// issue or delete a draft; record a payment, send it, or take it back with a credit note once issued.
/// </summary>
public sealed class InvoiceModel(ISender sender, InvoiceViews views) : StudioPageModel(sender)
{
    public InvoiceDto Invoice { get; private set; } = null!;
    public ClientDto? Client { get; private set; }
    public StudioSettingsDto Settings { get; private set; } = null!;
    public DateOnly Today { get; private set; }
    [BindProperty] public PaymentForm Payment { get; set; } = new();

    public sealed class PaymentForm
    {
        public decimal? Amount { get; set; }
        public PaymentMethod Method { get; set; } = PaymentMethod.Transfer;
        public DateOnly? PaidOn { get; set; }
        public string? Reference { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostIssueAsync(Guid id) =>
        await TrySendAsync(new IssueInvoiceCommand(id)) is { } issued
            ? RedirectWithNotice(T["Invoice.IssuedNotice", issued.Number ?? "", issued.DueOn?.ToString("d MMM yyyy") ?? ""], new { id })
            : await ShowAsync(id);

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        if (!await TryRunAsync(new DeleteDraftInvoiceCommand(id))) return await ShowAsync(id);
        Notice = T["Invoices.DraftDeleted"];
        return Redirect("/invoices");
    }

    public async Task<IActionResult> OnPostPaymentAsync(Guid id) =>
        await TrySendAsync(new RecordPaymentCommand(id, Payment.Amount ?? 0, Payment.Method, Payment.PaidOn ?? await views.TodayAsync(HttpContext.RequestAborted),
            Payment.Reference), form: nameof(Payment)) is { } paid
            ? RedirectWithNotice(T["Invoice.PaidNotice", Money(Payment.Amount ?? 0, paid.Currency), Money(paid.Balance, paid.Currency)], new { id })
            : await ShowAsync(id);

    public async Task<IActionResult> OnPostSendAsync(Guid id) =>
        await TrySendAsync(new SendInvoiceCommand(id)) is { } sent
            ? RedirectWithNotice(T["Invoice.SentNotice", sent.Number ?? "", sent.Client], new { id })
            : await ShowAsync(id);

    public async Task<IActionResult> OnPostCreditAsync(Guid id, string? reason) =>
        await TrySendAsync(new IssueCreditNoteCommand(id, Full: true, Reason: reason)) is { } credited
            ? RedirectWithNotice(T["Invoice.CreditedNotice", credited.CreditNotes?.LastOrDefault()?.Number ?? "", credited.Number ?? "", T["InvoiceStatus." + credited.Status]], new { id })
            : await ShowAsync(id);

    private async Task<IActionResult> ShowAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    private async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        if (await FindAsync(new GetInvoiceQuery(id)) is not { } invoice) return false;
        Invoice = invoice;
        Client = await FindAsync(new GetClientQuery(invoice.ClientId));
        Settings = await Sender.Send(new GetStudioSettingsQuery(), ct);
        Today = await views.TodayAsync(ct);
        Payment.Amount ??= invoice.Balance > 0 ? invoice.Balance : null;
        return true;
    }
}
