using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;
using RecordingStudio.Application.Common.Interfaces;

namespace RecordingStudio.Infrastructure.Email;

/// <summary>Used when Email:SmtpHost is configured.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        var settings = options.Value;
        using var client = new SmtpClient(settings.SmtpHost, settings.SmtpPort) { EnableSsl = settings.SmtpUseSsl };
        if (settings.SmtpUsername is { Length: > 0 } user) client.Credentials = new NetworkCredential(user, settings.SmtpPassword);
        using var mail = new MailMessage(settings.From, message.To, message.Subject, message.Body);
        await client.SendMailAsync(mail, ct);
    }
}
