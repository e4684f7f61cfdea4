using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Application.Studio.Invoices.CreateInvoice;
using RecordingStudio.Application.Studio.Invoices.GetCreditNotePdf;
using RecordingStudio.Application.Studio.Invoices.GetInvoice;
using RecordingStudio.Application.Studio.Invoices.GetInvoicePdf;
using RecordingStudio.Application.Studio.Invoices.GetInvoices;
using RecordingStudio.Application.Studio.Invoices.DeleteDraftInvoice;
using RecordingStudio.Application.Studio.Invoices.IssueCreditNote;
using RecordingStudio.Application.Studio.Invoices.IssueInvoice;
using RecordingStudio.Application.Studio.Invoices.RecordPayment;
using RecordingStudio.Application.Studio.Invoices.SendInvoice;
using RecordingStudio.Domain.Studio;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Endpoints;

/// <summary>
/// Invoices (Managers and Owners): drafts from sessions and free lines, issued with the year's next number, paid in
/// parts, corrected with credit notes.
/// </summary>
public sealed class InvoicesEndpoints : IEndpointGroup
{
    public static string Description => "Invoices (Managers and Owners): drafts from sessions and free lines, issued with the year's next number, paid in parts, corrected with credit notes.";

    public static string Prefix => "/api/invoices";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireStudioStaff();
        group.MapGet("/", List);
        group.MapGet("/{id:guid}", Get);
        group.MapPost("/", Create);
        group.MapPost("/{id:guid}/issue", Issue);
        group.MapDelete("/{id:guid}", DeleteDraft);
        group.MapPost("/{id:guid}/payments", RecordPayment);
        group.MapPost("/{id:guid}/credit-notes", IssueCreditNote);
        group.MapGet("/{id:guid}/pdf", Pdf).ProducesPdf();
        group.MapGet("/{id:guid}/credit-notes/{creditNoteId:guid}/pdf", CreditNotePdf).ProducesPdf();
        group.MapPost("/{id:guid}/send", Send);
    }

    /// <summary>The invoice as PDF (a draft too, titled so, without a number).</summary>
    static async Task<FileContentHttpResult> Pdf(Guid id, ISender sender, CancellationToken ct) =>
        File(await sender.Send(new GetInvoicePdfQuery(id), ct));

    static async Task<FileContentHttpResult> CreditNotePdf(Guid id, Guid creditNoteId, ISender sender, CancellationToken ct) =>
        File(await sender.Send(new GetCreditNotePdfQuery(id, creditNoteId), ct));

    /// <summary>E-mails the issued invoice to its client, the PDF attached (409 invoice_not_issued, client_has_no_email).</summary>
    static async Task<Ok<InvoiceDto>> Send(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SendInvoiceCommand(id), ct));

    public static FileContentHttpResult File(InvoicePdf pdf) => TypedResults.File(pdf.Content, InvoicePdf.ContentType, pdf.FileName);

    static async Task<Ok<PagedResult<InvoiceDto>>> List(Guid? clientId, string? status, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetInvoicesQuery(clientId, EnumQuery.Parse<InvoiceStatus>(status, "Status"),
            page ?? 1, pageSize ?? Paging.DefaultPageSize), ct));

    static async Task<Ok<InvoiceDto>> Get(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetInvoiceQuery(id), ct));

    /// <summary>201 with the draft: a line per session (its price as booked) and the free lines.</summary>
    static async Task<Created<InvoiceDto>> Create(CreateInvoiceCommand command, ISender sender, CancellationToken ct)
    {
        var invoice = await sender.Send(command, ct);
        return TypedResults.Created($"{Prefix}/{invoice.Id}", invoice);
    }

    /// <summary>Gives the draft the year's next number (2026-0001); it never changes again.</summary>
    static async Task<Ok<InvoiceDto>> Issue(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new IssueInvoiceCommand(id), ct));

    /// <summary>Deletes a draft; an issued invoice is corrected with a credit note (409 invoice_issued).</summary>
    static async Task<NoContent> DeleteDraft(Guid id, ISender sender, CancellationToken ct)
    {
        await sender.Send(new DeleteDraftInvoiceCommand(id), ct);
        return TypedResults.NoContent();
    }

    /// <summary>201 with the invoice, its balance lowered: transfer, cash or card, never more than the balance (409 overpayment).</summary>
    static async Task<Created<InvoiceDto>> RecordPayment(Guid id, RecordPaymentCommand command, ISender sender, CancellationToken ct)
    {
        var invoice = await sender.Send(command with { InvoiceId = id }, ct);
        return TypedResults.Created($"{Prefix}/{id}", invoice);
    }

    /// <summary>201 with the invoice and its credit notes: <c>{"full": true}</c> or <c>{"lines": [...]}</c>, never more than is left to pay.</summary>
    static async Task<Created<InvoiceDto>> IssueCreditNote(Guid id, IssueCreditNoteCommand command, ISender sender, CancellationToken ct)
    {
        var invoice = await sender.Send(command with { InvoiceId = id }, ct);
        return TypedResults.Created($"{Prefix}/{id}", invoice);
    }
}
