using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using RecordingStudio.Application.Platform.Signup.SignUp;
using RecordingStudio.Infrastructure.Tenancy;

namespace RecordingStudio.WebApi.Pages;

/// <summary>The signup wizard: one form in three steps, so going back and forth keeps what was typed.</summary>
public sealed class SignupModel(ISender sender, IOptions<TenancyOptions> tenancy) : StudioPageModel(sender)
{
    private static readonly string[] StepPrefixes = ["Studio", "Account", "Security"];

    [BindProperty] public SignUpStudio Studio { get; set; } = new("", "", "Europe/Paris", "EUR");
    [BindProperty] public SignUpAccount Account { get; set; } = new("", "");
    [BindProperty] public SignUpSecurity Security { get; set; } = new("", "", false);

    public string RootDomain => tenancy.Value.RootDomain;

    public IEnumerable<string> TimeZones => TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/')).Order();

    /// <summary>The step the page opens on: the first one with an error after a failed submit.</summary>
    public int FirstStepWithErrors =>
        Array.FindIndex(StepPrefixes, prefix => ModelState.Any(e => e.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && e.Value?.Errors.Count > 0)) is var i and >= 0 ? i : 0;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        // The command's validator is the authority; the binder's own checks would only duplicate it.
        ModelState.Clear();
        var result = await TrySendAsync(new SignUpCommand(Studio, Account, Security));
        return result is null ? Page() : Redirect(result.LoginUrl);
    }
}
