using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using RecordingStudio.Application.Accounts.SignIn;
using RecordingStudio.Application.Studio.Clients;
using RecordingStudio.Application.Studio.Portal.CreateMyCalendarFeed;
using RecordingStudio.Application.Studio.Portal.GetMyProfile;
using RecordingStudio.Application.Studio.Portal.GetMySessions;
using RecordingStudio.WebApi.Infrastructure;
using RecordingStudio.WebApi.Security;

namespace RecordingStudio.WebApi.Endpoints;

/// <summary>The client portal: a client signs in and sees their own profile and sessions, nothing else.</summary>
public sealed class PortalEndpoints : IEndpointGroup
{
    public static string Prefix => "/api/portal";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireStudioHost();
        group.MapPost("/login", Login).WithRateLimit(SecurityRegistration.SignInRateLimit).DeclareSignInRefusals();
        group.MapGet("/me", Me).RequireAuthorization(StudioSchemes.ClientPolicy);
        group.MapGet("/sessions", Sessions).RequireAuthorization(StudioSchemes.ClientPolicy);
        group.MapPost("/ical-feed", CalendarFeed).RequireAuthorization(StudioSchemes.ClientPolicy);
    }

    static async Task<IResult> Login(Credentials credentials, HttpContext http, ISender sender, StudioSignIn signIn, CancellationToken ct)
    {
        var outcome = await sender.Send(new SignInCommand(credentials.Email, credentials.Password, http.ClientAddress(), Portal: true), ct);
        if (!outcome.Succeeded) return AuthEndpoints.SignInRefused(outcome);
        await signIn.SignInWithCookieAsync(http, outcome.Account!);
        return TypedResults.Ok(new SignedInDto(outcome.Account!.Id, outcome.Account.Email, outcome.Account.DisplayName, outcome.Account.Role.ToString()));
    }

    static async Task<Ok<ClientDto>> Me(ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetMyProfileQuery(), ct));

    /// <summary>A new address of the client's own calendar feed (the earlier one stops working).</summary>
    static async Task<Ok<MyCalendarFeedDto>> CalendarFeed(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new CreateMyCalendarFeedCommand(), ct));

    static async Task<Ok<MySessionsDto>> Sessions(ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetMySessionsQuery(), ct));
}
