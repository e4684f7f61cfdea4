using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Security;

namespace RecordingStudio.Application.Platform.Signup.GetSignupForm;

/// <summary>What the signup form offers: the domain a studio's address ends with, and the time zones to choose from.</summary>
[RequiresAccess(Access.Anonymous)]
public sealed record GetSignupFormQuery : IQuery<SignupFormDto>;

public sealed record SignupFormDto(string RootDomain, IReadOnlyList<string> TimeZones);

public sealed class GetSignupFormQueryHandler(IStudioLinks links) : IQueryHandler<GetSignupFormQuery, SignupFormDto>
{
    // IANA names only ("Europe/Paris"), as the studio settings store them.
    private static readonly IReadOnlyList<string> TimeZones =
        TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/')).Order().ToList();

    public ValueTask<SignupFormDto> Handle(GetSignupFormQuery query, CancellationToken ct) => ValueTask.FromResult(new SignupFormDto(links.RootDomain, TimeZones));
}
