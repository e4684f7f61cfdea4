using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Accounts.SignIn;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.WebApi.Infrastructure;
using RecordingStudio.WebApi.Security;

namespace RecordingStudio.WebApi.Pages.Account;

/// <summary>The staff and client sign-in pages: same form, same lockout rules, a different side of the studio.</summary>
public abstract class SignInPageModel(ISender sender, StudioSignIn signIn, ITenantContext tenant) : StudioPageModel(sender)
{
    public abstract bool Portal { get; }
    protected abstract string Home { get; }

    [BindProperty] public string Email { get; set; } = "";
    [BindProperty, DataType(DataType.Password)] public string Password { get; set; } = "";
    /// <summary>The page that sent the visitor here (?ReturnUrl=/staff); only a local address on this side is followed.</summary>
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public int? AttemptsRemaining { get; private set; }
    /// <summary>Until when sign-in is locked, on the studio's clock.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }
    /// <summary>The password was right, for an account of the other side: the page points there.</summary>
    public bool WrongSide { get; private set; }
    /// <summary>Just after signup: the new owner is greeted, their e-mail filled in.</summary>
    public SignupWelcome.Greeting? Welcome { get; private set; }
    public string StudioName => tenant.Tenant?.Name ?? "";

    public void OnGet([FromQuery(Name = SignupWelcome.QueryName)] string? welcome, [FromServices] SignupWelcome greetings)
    {
        if (Portal || tenant.Tenant is not { } studio) return;
        Welcome = greetings.Open(welcome, studio.Subdomain);
        if (Welcome is not null) Email = Welcome.Email;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await TrySendAsync(new SignInCommand(Email, Password, HttpContext.ClientAddress(), Portal));
        if (outcome is null) return Page();
        if (outcome.Succeeded)
        {
            await signIn.SignInWithCookieAsync(HttpContext, outcome.Account!);
            return LocalRedirect(ReturnPath() ?? Home);
        }
        (AttemptsRemaining, LockedUntil, WrongSide) = (outcome.AttemptsRemaining, outcome.LockedUntil, outcome.WrongSide);
        return Page();
    }

    /// <summary>ReturnUrl as a path of this host (<see cref="LocalPaths.Resolve"/>) when it is on this page's side (the portal's pages, or the staff's).</summary>
    private string? ReturnPath() =>
        LocalPaths.Resolve(ReturnUrl) is { } path && new PathString(path.Split('?', 2)[0]).StartsWithSegments("/client", StringComparison.OrdinalIgnoreCase) == Portal
            ? path
            : null;
}
