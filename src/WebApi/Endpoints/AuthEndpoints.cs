using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using RecordingStudio.Application.Accounts.Passwords.ForgotPassword;
using RecordingStudio.Application.Accounts.Passwords.SetPassword;
using RecordingStudio.Application.Accounts.SignIn;
using RecordingStudio.Application.Resources;
using RecordingStudio.Domain.Accounts;
using RecordingStudio.WebApi.Infrastructure;
using RecordingStudio.WebApi.Security;

namespace RecordingStudio.WebApi.Endpoints;

public sealed record Credentials(string Email, string Password);

public sealed record SignedInDto(Guid Id, string Email, string Name, string Role);

public sealed record AntiforgeryTokenDto(string Token, string HeaderName);

/// <summary>Sign-in for staff on a studio's host: a browser cookie or a bearer token; passwords.</summary>
public sealed class AuthEndpoints : IEndpointGroup
{
    public static string Description => "Sign-in for staff on a studio's host: a browser cookie or a bearer token; passwords.";

    public static string Prefix => "/api/auth";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireStudioHost();
        group.MapPost("/login", Login).WithRateLimit(SecurityRegistration.SignInRateLimit).DeclareSignInRefusals().Produces<SignedInDto>();
        group.MapPost("/token", Token).WithRateLimit(SecurityRegistration.SignInRateLimit).DeclareSignInRefusals().Produces<AccessTokenResponse>();
        group.MapPost("/logout", (Delegate)Logout);
        group.MapGet("/me", Me).RequireAuthorization();
        group.MapGet("/antiforgery", AntiforgeryToken);
        group.MapPost("/forgot-password", ForgotPassword).WithRateLimit(SecurityRegistration.SignInRateLimit);
        group.MapPost("/set-password", SetPassword).WithRateLimit(SecurityRegistration.SignInRateLimit);
    }

    static async Task<IResult> Login(Credentials credentials, HttpContext http, ISender sender, StudioSignIn signIn, CancellationToken ct)
    {
        var outcome = await sender.Send(new SignInCommand(credentials.Email, credentials.Password, http.ClientAddress()), ct);
        if (!outcome.Succeeded) return SignInRefused(outcome);
        await signIn.SignInWithCookieAsync(http, outcome.Account!);
        return TypedResults.Ok(new SignedInDto(outcome.Account!.Id, outcome.Account.Email, outcome.Account.DisplayName, outcome.Account.Role.ToString()));
    }

    static async Task<IResult> Token(Credentials credentials, HttpContext http, ISender sender, StudioSignIn signIn, CancellationToken ct)
    {
        var outcome = await sender.Send(new SignInCommand(credentials.Email, credentials.Password, http.ClientAddress()), ct);
        return outcome.Succeeded ? TypedResults.Ok(await signIn.IssueTokenAsync(outcome.Account!, ct)) : SignInRefused(outcome);
    }

    static async Task<NoContent> Logout(HttpContext http)
    {
        await http.SignOutAsync(StudioSchemes.Cookie);
        return TypedResults.NoContent();
    }

    static Ok<SignedInDto> Me(ClaimsPrincipal user) => TypedResults.Ok(new SignedInDto(
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty,
        user.FindFirstValue(ClaimTypes.Email) ?? "", user.FindFirstValue(ClaimTypes.Name) ?? "", user.FindFirstValue(ClaimTypes.Role) ?? ""));

    /// <summary>For scripts using the session cookie: the token to send in X-CSRF-TOKEN with unsafe requests.</summary>
    static Ok<AntiforgeryTokenDto> AntiforgeryToken(HttpContext http, IAntiforgery antiforgery) =>
        TypedResults.Ok(new AntiforgeryTokenDto(antiforgery.GetAndStoreTokens(http).RequestToken!, StudioSchemes.AntiforgeryHeader));

    static async Task<Accepted> ForgotPassword(ForgotPasswordCommand command, ISender sender, CancellationToken ct)
    {
        await sender.Send(command, ct);
        return TypedResults.Accepted((string?)null);
    }

    static async Task<NoContent> SetPassword(SetPasswordCommand command, ISender sender, CancellationToken ct)
    {
        await sender.Send(command, ct);
        return TypedResults.NoContent();
    }

    /// <summary>The same answer for a wrong password and an unknown e-mail: 401 with the attempts left, or 423 once locked.</summary>
    internal static IResult SignInRefused(SignInOutcome outcome, bool portal = false)
    {
        if (outcome.WrongSide)
            return TypedResults.Problem(Problems.Create(StatusCodes.Status401Unauthorized, "wrong_sign_in", Text.Say("Sign-in failed."), portal
                ? Text.Say("This is a staff account: it signs in at /api/auth/login or /api/auth/token, not in the client portal.")
                : Text.Say("This is a client's account: it signs in to the client portal, at /api/portal/login.")));
        if (outcome.LockedUntil is { } until)
        {
            var locked = Problems.Create(StatusCodes.Status423Locked, "sign_in_locked", Text.Say("Sign-in locked."), Text.Say("Too many failed attempts. Try again after {0:u}.", until));
            locked.Extensions["lockedUntil"] = until;
            return TypedResults.Problem(locked);
        }
        var failed = Problems.Create(StatusCodes.Status401Unauthorized, "invalid_credentials", Text.Say("Sign-in failed."),
            Text.Say("The e-mail or password is incorrect. {0} attempt(s) remain before sign-in is locked for {1:0} minutes.",
                outcome.AttemptsRemaining, SignInThrottle.LockoutDuration.TotalMinutes));
        failed.Extensions["attemptsRemaining"] = outcome.AttemptsRemaining;
        return TypedResults.Problem(failed);
    }
}
