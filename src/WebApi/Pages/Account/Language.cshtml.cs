using Mediator;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Accounts.Language;
using RecordingStudio.Application.Resources;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Pages.Account;

/// <summary>
/// The language menu's target, on the apex and on every studio: remembers the choice in the browser and, for a signed-in
/// person, in their profile; then back to the page it was chosen on.
/// </summary>
public sealed class LanguageModel(ISender sender) : StudioPageModel(sender)
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync(string? language, string? returnUrl)
    {
        var back = LocalPaths.Resolve(returnUrl) ?? "/";
        if (!Languages.IsSupported(language)) return LocalRedirect(back);
        Response.RememberLanguage(language!);
        await Sender.Send(new SetMyLanguageCommand(language), HttpContext.RequestAborted);
        return LocalRedirect(back);
    }
}
