using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Accounts.Passwords.SetPassword;

namespace RecordingStudio.WebApi.Pages.Account;

/// <summary>The page behind the one-time link of an invitation or a password reset.</summary>
public sealed class SetPasswordModel(ISender sender) : StudioPageModel(sender)
{
    [BindProperty(SupportsGet = true, Name = "user")] public Guid UserId { get; set; }
    [BindProperty(SupportsGet = true)] public string Token { get; set; } = "";
    [BindProperty, DataType(DataType.Password), Display(Name = "New password")] public string Password { get; set; } = "";
    [BindProperty, DataType(DataType.Password), Display(Name = "Repeat it")] public string ConfirmPassword { get; set; } = "";
    public bool Done { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        Done = await TryRunAsync(new SetPasswordCommand(UserId, Token, Password, ConfirmPassword));
        return Page();
    }
}
