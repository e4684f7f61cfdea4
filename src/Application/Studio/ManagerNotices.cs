using Microsoft.Extensions.Logging;
using RecordingStudio.Application.Common.Interfaces;

namespace RecordingStudio.Application.Studio;

/// <summary>
/// Tells the studio's owners and managers something a client did (a request, an answer to a quote) by e-mail; one that
/// cannot be told is logged and what the client did stands.
/// </summary>
public sealed class ManagerNotices(IAccountDirectory accounts, IEmailSender email, ILogger<ManagerNotices> logger)
{
    public async Task TellAsync(string subject, string body, CancellationToken ct)
    {
        try
        {
            foreach (var manager in await accounts.ManagersAsync(ct))
                await email.SendAsync(new EmailMessage(manager.Email, subject, body), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not tell the studio's managers: {Subject}", subject);
        }
    }
}
