using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Quotes;
using RecordingStudio.Application.Studio.Quotes.CreateQuote;
using RecordingStudio.Application.Studio.Quotes.GetQuote;
using RecordingStudio.Application.Studio.Quotes.GetQuotePdf;
using RecordingStudio.Application.Studio.Quotes.GetQuotes;
using RecordingStudio.Application.Studio.Quotes.SendQuote;
using RecordingStudio.Domain.Studio;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Endpoints;

/// <summary>Quotes (Managers and Owners): from sessions (holds too), a series or free lines; sent to the client, who accepts or declines in the portal.</summary>
public sealed class QuotesEndpoints : IEndpointGroup
{
    public static string Description => "Quotes (Managers and Owners): from sessions (holds too), a series or free lines; sent to the client, who accepts or declines in the portal.";

    public static string Prefix => "/api/quotes";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireStudioStaff();
        group.MapGet("/", List);
        group.MapGet("/{id:guid}", Get);
        group.MapPost("/", Create);
        group.MapPost("/{id:guid}/send", Send);
        group.MapGet("/{id:guid}/pdf", Pdf).ProducesPdf();
    }

    static async Task<Ok<PagedResult<QuoteDto>>> List(Guid? clientId, string? status, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetQuotesQuery(clientId, EnumQuery.Parse<QuoteStatus>(status, "Status"), page ?? 1, pageSize ?? Paging.DefaultPageSize), ct));

    static async Task<Ok<QuoteDto>> Get(Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetQuoteQuery(id), ct));

    /// <summary>201 with the quote, numbered (Q-2026-0001), a draft until sent.</summary>
    static async Task<Created<QuoteDto>> Create(CreateQuoteCommand command, ISender sender, CancellationToken ct)
    {
        var quote = await sender.Send(command, ct);
        return TypedResults.Created($"{Prefix}/{quote.Id}", quote);
    }

    /// <summary>E-mails it to the client with the PDF and a portal link (again: a reminder); 409 once answered or expired.</summary>
    static async Task<Ok<QuoteDto>> Send(Guid id, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new SendQuoteCommand(id), ct));

    static async Task<FileContentHttpResult> Pdf(Guid id, ISender sender, CancellationToken ct) =>
        InvoicesEndpoints.File(await sender.Send(new GetQuotePdfQuery(id), ct));
}
