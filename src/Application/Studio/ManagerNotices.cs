using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Resources;

namespace RecordingStudio.Application.Studio;

/// <summary>
/// Tells the studio's owners and managers something a client did (a request, an answer to a quote) by e-mail, each in
/// their own language (else the studio's); one that cannot be told is logged and what the client did stands.
/// </summary>
public sealed class ManagerNotices(IAccountDirectory accounts, IEmailSender email, ITenantContext tenant, IStringLocalizer<Text> text,
    ILogger<ManagerNotices> logger)
{
    /// <param name="words">The subject and the body, asked once per manager in that manager's language.</param>
    public async Task TellAsync(Func<IStringLocalizer<Text>, (string Subject, string Body)> words, CancellationToken ct)
    {
        try
        {
            foreach (var manager in await accounts.ManagersAsync(ct))
            {
                EmailMessage message;
                using (Languages.Use(manager.Language ?? tenant.Tenant?.Language))
                {
                    var (subject, body) = words(text);
                    message = new EmailMessage(manager.Email, subject, body);
                }
                await email.SendAsync(message, ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not tell the studio's managers something a client did");
        }
    }
}
