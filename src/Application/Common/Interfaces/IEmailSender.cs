namespace RecordingStudio.Application.Common.Interfaces;

/// <summary>
/// An e-mail; <paramref name="Calendar"/>, when given, travels as a text/calendar part a mail program adds to the
/// calendar; <paramref name="Attachments"/> (an invoice's PDF) as files.
/// </summary>
public sealed record EmailMessage(string To, string Subject, string Body, EmailCalendar? Calendar = null, IReadOnlyList<EmailAttachment>? Attachments = null);

/// <summary>A file sent with a message.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>An iCalendar invitation (RFC 5546): <paramref name="Method"/> REQUEST for a new or changed event, CANCEL to remove it.</summary>
public sealed record EmailCalendar(string Method, string Content);

/// <summary>Sends e-mail: by default to the log and a local outbox folder; SMTP when configured.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken ct);
}
