using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using RecordingStudio.Application.Resources;
using RecordingStudio.Domain.Accounts;
using RecordingStudio.Application.Accounts.Passwords.SetPassword;
using RecordingStudio.WebApi.Security;

namespace RecordingStudio.WebApi.Pages.Account;

/// <summary>
/// The page behind the one-time link of an invitation or a password reset. Once the password is set the person is
/// signed in and taken to their side of the studio — the portal for a client, the dashboard for staff.
/// </summary>
public sealed class SetPasswordModel(ISender sender, StudioSignIn signIn, IStringLocalizer<Text> text) : StudioPageModel(sender)
{
    [BindProperty(SupportsGet = true, Name = "user")] public Guid UserId { get; set; }
    [BindProperty(SupportsGet = true)] public string Token { get; set; } = "";
    [BindProperty, DataType(DataType.Password)] public string Password { get; set; } = "";
    [BindProperty, DataType(DataType.Password)] public string ConfirmPassword { get; set; } = "";

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await TrySendAsync(new SetPasswordCommand(UserId, Token, Password, ConfirmPassword));
        if (account is null) return Page();
        await signIn.SignInWithCookieAsync(HttpContext, account);
        Notice = text["SetPassword.Done"];
        return LocalRedirect(account.Role.IsStaff() ? "/dashboard" : "/client/sessions");
    }
}
