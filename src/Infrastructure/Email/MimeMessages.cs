using FluentValidation.Results;
using FluentValidation;
using MimeKit;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Resources;

namespace RecordingStudio.Infrastructure.Email;

/// <summary>
/// Builds the message with MimeKit, which encodes every header: text from a studio (its name in a subject, a person's
/// name) can never add a header of its own.
/// </summary>
internal static class MimeMessages
{
    public static MimeMessage Build(EmailOptions options, EmailMessage message)
    {
        if (!MailboxAddress.TryParse(message.To, out var to))
            throw new ValidationException([new ValidationFailure("Email", Text.Say("'{0}' is not an e-mail address a message can be sent to.", message.To))]);
        var body = new BodyBuilder { TextBody = message.Body };
        if (message.Calendar is { } invitation)
            // As an attachment with its method: mail programs offer to add it to the calendar (or remove it, for CANCEL).
            body.Attachments.Add("invite.ics", System.Text.Encoding.UTF8.GetBytes(invitation.Content),
                ContentType.Parse($"text/calendar; method={invitation.Method}; charset=utf-8"));
        foreach (var file in message.Attachments ?? [])
            body.Attachments.Add(file.FileName, file.Content, ContentType.Parse(file.ContentType));
        var mime = new MimeMessage { Subject = message.Subject, Body = body.ToMessageBody() };
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.Add(to);
        return mime;
    }
}
