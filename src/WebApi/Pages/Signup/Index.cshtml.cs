using System.Globalization;
using Mediator;
using RecordingStudio.WebApi.Pages.Account;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Platform.Signup.GetSignupForm;
using RecordingStudio.Application.Platform.Signup.SignUp;

namespace RecordingStudio.WebApi.Pages.Signup;

/// <summary>The signup wizard: one form in three steps, so going back and forth keeps what was typed.</summary>
public sealed class SignupModel(ISender sender, SignupWelcome welcome) : StudioPageModel(sender)
{
    private static readonly string[] StepPrefixes = ["Studio", "Account", "Security"];

    // The language starts as the one the page is shown in: the browser's, or the visitor's own choice.
    [BindProperty] public SignUpStudio Studio { get; set; } = new("", "", "Europe/Paris", "EUR", CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
    [BindProperty] public SignUpAccount Account { get; set; } = new("", "");
    [BindProperty] public SignUpSecurity Security { get; set; } = new("", "", false);

    public SignupFormDto Form { get; private set; } = new("", []);

    /// <summary>The step the page opens on: the first one with an error after a failed submit.</summary>
    public int FirstStepWithErrors =>
        Array.FindIndex(StepPrefixes, prefix => ModelState.Any(e => e.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && e.Value?.Errors.Count > 0)) is var i and >= 0 ? i : 0;

    public async Task OnGetAsync() => Form = await Sender.Send(new GetSignupFormQuery(), HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        // The command's validator is the authority; the binder's own checks would only duplicate it.
        ModelState.Clear();
        var result = await TrySendAsync(new SignUpCommand(Studio, Account, Security));
        if (result is not null)
            return Redirect(welcome.LinkFor(result, Account.Email));
        await OnGetAsync();
        return Page();
    }
}
