using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using RecordingStudio.Application.Platform.Signup.SignUp;
using RecordingStudio.Application.Platform.Tenants.CheckSubdomainAvailability;
using RecordingStudio.WebApi.Infrastructure;
using RecordingStudio.WebApi.Pages.Account;
using RecordingStudio.WebApi.Security;

namespace RecordingStudio.WebApi.Endpoints;

/// <summary>Self-service signup on the apex host.</summary>
public sealed class SignupEndpoints : IEndpointGroup
{
    public static string Description => "Self-service signup on the apex host.";

    public static string Prefix => "/api/signup";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequirePlatformHost();
        group.MapGet("/subdomain-availability", Availability);
        group.MapPost("/", SignUp).WithRateLimit(SecurityRegistration.SignupRateLimit);
    }

    static async Task<Ok<SubdomainAvailabilityDto>> Availability(string? subdomain, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new CheckSubdomainAvailabilityQuery(subdomain), ct));

    /// <summary>The studio's sign-in page is its address; the body's <c>loginUrl</c> also greets the new owner there, as the wizard does.</summary>
    static async Task<Created<SignUpResult>> SignUp(SignUpCommand command, ISender sender, SignupWelcome welcome, CancellationToken ct)
    {
        var result = await sender.Send(command, ct);
        return TypedResults.Created(result.LoginUrl, result with { LoginUrl = welcome.LinkFor(result, command.Account.Email) });
    }
}
