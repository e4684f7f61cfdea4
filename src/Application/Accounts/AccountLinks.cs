using RecordingStudio.Application.Common.Interfaces;

namespace RecordingStudio.Application.Accounts;

/// <summary>The one-time set-password link e-mailed on invitations and password resets.</summary>
internal static class AccountLinks
{
    public static async Task SendSetPasswordLinkAsync(IAccountDirectory accounts, IEmailSender email, IStudioLinks links,
        TenantInfo studio, AccountDto account, string subject, string intro, CancellationToken ct)
    {
        var token = await accounts.CreatePasswordTokenAsync(account.Id, ct);
        var link = links.StudioUrl(studio.Subdomain,
            $"/set-password?user={account.Id}&token={Uri.EscapeDataString(token)}");
        await email.SendAsync(new EmailMessage(account.Email, subject,
            $"Hello {account.DisplayName},\n\n{intro}\n\nChoose your password here (the link works once, for 3 days):\n{link}\n\n— {studio.Name}"), ct);
    }

    public static TenantInfo RequireStudio(this ITenantContext tenant) =>
        tenant.Tenant ?? throw new InvalidOperationException("This command runs inside a studio.");
}
