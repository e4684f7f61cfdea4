using FluentValidation;
using FluentValidation.Results;
using MimeKit;
using RecordingStudio.Application.Common.Interfaces;

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
            throw new ValidationException([new ValidationFailure("Email", $"'{message.To}' is not an e-mail address a message can be sent to.")]);
        var mime = new MimeMessage { Subject = message.Subject, Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = message.Body } };
        mime.From.Add(MailboxAddress.Parse(options.From));
        mime.To.Add(to);
        return mime;
    }
}
