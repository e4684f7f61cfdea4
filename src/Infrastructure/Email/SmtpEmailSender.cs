using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using RecordingStudio.Application.Common.Interfaces;

namespace RecordingStudio.Infrastructure.Email;

/// <summary>Used when Email:SmtpHost is configured: MailKit, with TLS unless Email:SmtpUseSsl is false.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        var settings = options.Value;
        var mime = MimeMessages.Build(settings, message);
        using var client = new SmtpClient();
        // TLS is required when asked for: implicit on port 465, STARTTLS elsewhere (never "if the server offers it").
        var security = !settings.SmtpUseSsl ? SecureSocketOptions.None
            : settings.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        await client.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, security, ct);
        if (settings.SmtpUsername is { Length: > 0 } user) await client.AuthenticateAsync(user, settings.SmtpPassword ?? "", ct);
        await client.SendAsync(mime, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
