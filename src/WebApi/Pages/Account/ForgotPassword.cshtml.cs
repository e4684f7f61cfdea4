using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Accounts.Passwords.ForgotPassword;

namespace RecordingStudio.WebApi.Pages.Account;

public sealed class ForgotPasswordModel(ISender sender) : StudioPageModel(sender)
{
    [BindProperty] public string Email { get; set; } = "";
    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        Sent = await TryRunAsync(new ForgotPasswordCommand(Email));
        return Page();
    }
}
