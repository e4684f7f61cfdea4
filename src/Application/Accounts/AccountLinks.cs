using Microsoft.Extensions.Localization;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Resources;

namespace RecordingStudio.Application.Accounts;

/// <summary>The one-time set-password link e-mailed on invitations and password resets.</summary>
internal static class AccountLinks
{
    /// <param name="words">The subject and the opening sentence, asked in the person's language (theirs, else the studio's).</param>
    public static async Task SendSetPasswordLinkAsync(IAccountDirectory accounts, IEmailSender email, IStudioLinks links,
        TenantInfo studio, AccountDto account, IStringLocalizer<Text> text, Func<IStringLocalizer<Text>, (string Subject, string Intro)> words,
        CancellationToken ct)
    {
        var token = await accounts.CreatePasswordTokenAsync(account.Id, ct);
        var link = links.StudioUrl(studio.Subdomain,
            $"/set-password?user={account.Id}&token={Uri.EscapeDataString(token)}");
        EmailMessage message;
        using (Languages.Use(account.Language ?? studio.Language))
        {
            var (subject, intro) = words(text);
            message = new EmailMessage(account.Email, subject, text["Email.SetPassword", account.DisplayName, intro, link, studio.Name]);
        }
        await email.SendAsync(message, ct);
    }

    public static TenantInfo RequireStudio(this ITenantContext tenant) =>
        tenant.Tenant ?? throw new InvalidOperationException("This command runs inside a studio.");
}
