namespace RecordingStudio.Application.Common.Interfaces;

public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>Sends e-mail: by default to the log and a local outbox folder; SMTP when configured.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}
