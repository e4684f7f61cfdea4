using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using RecordingStudio.Application.Accounts.SignIn;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.BookingRequests;
using RecordingStudio.Application.Studio.BookingRequests.GetMyBookingRequests;
using RecordingStudio.Application.Studio.BookingRequests.GetRequestableRooms;
using RecordingStudio.Application.Studio.BookingRequests.RequestBooking;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Invoices;
using RecordingStudio.Application.Studio.Portal.GetMyInvoicePdf;
using RecordingStudio.Application.Studio.Portal.GetMyInvoices;
using RecordingStudio.Application.Studio.Portal.AcceptMyQuote;
using RecordingStudio.Application.Studio.Portal.DeclineMyQuote;
using RecordingStudio.Application.Studio.Portal.GetMyQuotePdf;
using RecordingStudio.Application.Studio.Portal.GetMyQuotes;
using RecordingStudio.Application.Studio.Portal.StartMyCheckout;
using RecordingStudio.Application.Studio.Quotes;
using RecordingStudio.Application.Studio.Portal.CreateMyCalendarFeed;
using RecordingStudio.Application.Studio.Portal.GetMyProfile;
using RecordingStudio.Application.Studio.Portal.GetMySessions;
using RecordingStudio.Application.Studio.Portal.GetMySessionCalendarFile;
using RecordingStudio.WebApi.Infrastructure;
using RecordingStudio.WebApi.Security;

namespace RecordingStudio.WebApi.Endpoints;

/// <summary>The client portal: a client signs in and sees their own profile, sessions and requests, nothing else.</summary>
public sealed class PortalEndpoints : IEndpointGroup
{
    public static string Description => "The client portal: a client signs in and sees their own profile, sessions and requests, nothing else.";

    public static string Prefix => "/api/portal";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireStudioHost();
        group.MapPost("/login", Login).WithRateLimit(SecurityRegistration.SignInRateLimit).DeclareSignInRefusals().Produces<SignedInDto>();
        group.MapGet("/me", Me).RequireAuthorization(StudioSchemes.ClientPolicy);
        group.MapGet("/sessions", Sessions).RequireAuthorization(StudioSchemes.ClientPolicy);
        group.MapGet("/sessions/{id:guid}/calendar.ics", SessionCalendarFile).RequireAuthorization(StudioSchemes.ClientPolicy)
            .Produces<string>(StatusCodes.Status200OK, "text/calendar");
        group.MapPost("/ical-feed", CalendarFeed).RequireAuthorization(StudioSchemes.ClientPolicy);
        group.MapPost("/requests", Request).RequireAuthorization(StudioSchemes.ClientPolicy).WithRateLimit(SecurityRegistration.BookingRequestRateLimit);
        group.MapGet("/requests", Requests).RequireAuthorization(StudioSchemes.ClientPolicy);
        group.MapGet("/rooms", Rooms).RequireAuthorization(StudioSchemes.ClientPolicy);
        group.MapGet("/invoices", Invoices).RequireAuthorization(StudioSchemes.ClientPolicy);
        group.MapGet("/invoices/{id:guid}/pdf", InvoicePdf).RequireAuthorization(StudioSchemes.ClientPolicy).ProducesPdf();
        // Each checkout opens a payment page on the studio's Stripe account: budgeted like booking requests.
        group.MapPost("/invoices/{id:guid}/checkout", Checkout).RequireAuthorization(StudioSchemes.ClientPolicy).WithRateLimit(SecurityRegistration.BookingRequestRateLimit);
        group.MapGet("/quotes", Quotes).RequireAuthorization(StudioSchemes.ClientPolicy);
        group.MapGet("/quotes/{id:guid}/pdf", QuotePdf).RequireAuthorization(StudioSchemes.ClientPolicy).ProducesPdf();
        group.MapPost("/quotes/{id:guid}/accept", AcceptQuote).RequireAuthorization(StudioSchemes.ClientPolicy);
        group.MapPost("/quotes/{id:guid}/decline", DeclineQuote).RequireAuthorization(StudioSchemes.ClientPolicy);
    }

    /// <summary>A payment page for what is left to pay, when the studio takes online payment (409 online_payment_not_offered) → <c>{url}</c>.</summary>
    static async Task<Ok<CheckoutDto>> Checkout(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new StartMyCheckoutCommand(id), ct));

    /// <summary>The quotes the studio sent the client, with their state and validity.</summary>
    static async Task<Ok<PagedResult<QuoteDto>>> Quotes([AsParameters] GetMyQuotesQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    static async Task<FileContentHttpResult> QuotePdf(Guid id, ISender sender, CancellationToken ct) =>
        InvoicesEndpoints.File(await sender.Send(new GetMyQuotePdfQuery(id), ct));

    /// <summary>Accepts a quote: its held and pencilled-in sessions are confirmed (409 naming what is in the way; accepting again confirms the rest).</summary>
    static async Task<Ok<QuoteDto>> AcceptQuote(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new AcceptMyQuoteCommand(id), ct));

    /// <summary>Declines a quote, with a note if wanted (<c>{"note": "…"}</c>); the holds it listed are released.</summary>
    static async Task<Ok<QuoteDto>> DeclineQuote(Guid id, DeclineQuoteRequest? request, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new DeclineMyQuoteCommand(id, request?.Note), ct));

    public sealed record DeclineQuoteRequest(string? Note);

    /// <summary>The client's issued invoices with their state and balance, newest first.</summary>
    static async Task<Ok<PagedResult<InvoiceDto>>> Invoices([AsParameters] GetMyInvoicesQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    /// <summary>One of the client's own sessions as an .ics file, to add it to a calendar ("add to calendar").</summary>
    static async Task<IResult> SessionCalendarFile(Guid id, ISender sender, CancellationToken ct) =>
        Results.File(System.Text.Encoding.UTF8.GetBytes(await sender.Send(new GetMySessionCalendarFileQuery(id), ct)),
            "text/calendar; charset=utf-8", "session.ics");

    /// <summary>One of the client's invoices as PDF.</summary>
    static async Task<FileContentHttpResult> InvoicePdf(Guid id, ISender sender, CancellationToken ct) =>
        InvoicesEndpoints.File(await sender.Send(new GetMyInvoicePdfQuery(id), ct));

    /// <summary>The rooms a request may name (<c>roomId</c>); leave it out for any room.</summary>
    static async Task<Ok<PagedResult<RoomChoiceDto>>> Rooms([AsParameters] GetRequestableRoomsQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    /// <summary>The client asks the studio for a slot; 201 with the request, pending until the studio answers.</summary>
    static async Task<Created<BookingRequestDto>> Request(RequestBookingCommand command, ISender sender, CancellationToken ct) =>
        TypedResults.Created((string?)null, await sender.Send(command, ct));

    static async Task<Ok<PagedResult<BookingRequestDto>>> Requests([AsParameters] GetMyBookingRequestsQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));

    static async Task<IResult> Login(Credentials credentials, HttpContext http, ISender sender, StudioSignIn signIn, CancellationToken ct)
    {
        var outcome = await sender.Send(new SignInCommand(credentials.Email, credentials.Password, http.ClientAddress(), Portal: true), ct);
        if (!outcome.Succeeded) return AuthEndpoints.SignInRefused(outcome, portal: true);
        await signIn.SignInWithCookieAsync(http, outcome.Account!);
        return TypedResults.Ok(new SignedInDto(outcome.Account!.Id, outcome.Account.Email, outcome.Account.DisplayName, outcome.Account.Role.ToString()));
    }

    static async Task<Ok<ClientDto>> Me(ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetMyProfileQuery(), ct));

    /// <summary>A new address of the client's own calendar feed (the earlier one stops working).</summary>
    static async Task<Ok<MyCalendarFeedDto>> CalendarFeed(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new CreateMyCalendarFeedCommand(), ct));

    static async Task<Ok<MySessionsDto>> Sessions(ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetMySessionsQuery(), ct));
}
