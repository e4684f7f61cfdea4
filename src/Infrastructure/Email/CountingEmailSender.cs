using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Telemetry;

namespace RecordingStudio.Infrastructure.Email;

/// <summary>Counts what the configured sender sends and fails to send (rsm.emails).</summary>
public sealed class CountingEmailSender(IEmailSender inner) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        try
        {
            await inner.SendAsync(message, ct);
            RsmMetrics.Emails.Add(1, RsmMetrics.Tag("outcome", "sent"));
        }
        catch
        {
            RsmMetrics.Emails.Add(1, RsmMetrics.Tag("outcome", "failed"));
            throw;
        }
    }
}
