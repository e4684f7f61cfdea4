using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Accounts.SignIn;
using RecordingStudio.WebApi.Security;

namespace RecordingStudio.WebApi.Pages;

/// <summary>The staff and client sign-in pages: same form, same lockout rules, a different side of the studio.</summary>
public abstract class SignInPageModel(ISender sender, StudioSignIn signIn) : StudioPageModel(sender)
{
    protected abstract bool Portal { get; }
    protected abstract string Home { get; }
    public abstract string Heading { get; }

    [BindProperty, Display(Name = "E-mail")] public string Email { get; set; } = "";
    [BindProperty, DataType(DataType.Password)] public string Password { get; set; } = "";
    /// <summary>The page that sent the visitor here (?ReturnUrl=/staff); only a local address on this side is followed.</summary>
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public int? AttemptsRemaining { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await TrySendAsync(new SignInCommand(Email, Password, HttpContext.ClientAddress(), Portal));
        if (outcome is null) return Page();
        if (outcome.Succeeded)
        {
            await signIn.SignInWithCookieAsync(HttpContext, outcome.Account!);
            return IsOwnSide(ReturnUrl) ? LocalRedirect(ReturnUrl) : LocalRedirect(Home);
        }
        (AttemptsRemaining, LockedUntil) = (outcome.AttemptsRemaining, outcome.LockedUntil);
        return Page();
    }

    /// <summary>A path of this host (never "//elsewhere" or a full URL) on this page's side: the portal or the staff pages.</summary>
    private bool IsOwnSide([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? url) =>
        url is { Length: > 0 } && Url.IsLocalUrl(url) && url.StartsWith("/client", StringComparison.OrdinalIgnoreCase) == Portal;
}
