using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Accounts.SignIn;
using RecordingStudio.WebApi.Security;

namespace RecordingStudio.WebApi.Pages.Account;

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
            return LocalRedirect(ReturnPath() ?? Home);
        }
        (AttemptsRemaining, LockedUntil) = (outcome.AttemptsRemaining, outcome.LockedUntil);
        return Page();
    }

    /// <summary>
    /// ReturnUrl as a path of this host (never "//elsewhere" or a full URL), with "." and ".." resolved and anything
    /// not plain ASCII escaped, when it is on this page's side (the portal's pages, or the staff's); otherwise null.
    /// </summary>
    private string? ReturnPath()
    {
        if (ReturnUrl is not { Length: > 0 } url || !Url.IsLocalUrl(url)) return null;
        var resolved = new Uri(new Uri("http://studio.invalid"), url);
        var path = PathString.FromUriComponent(resolved);
        return path.StartsWithSegments("/client", StringComparison.OrdinalIgnoreCase) == Portal
            ? resolved.PathAndQuery
            : null;
    }
}
