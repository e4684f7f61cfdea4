using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecordingStudio.Application.Common.Interfaces;

namespace RecordingStudio.Infrastructure.Email;

/// <summary>The default sender: each message goes to the log and to a .eml file in the outbox folder.</summary>
public sealed class OutboxEmailSender(IOptions<EmailOptions> options, TimeProvider clock, ILogger<OutboxEmailSender> logger) : IEmailSender
{
    public string Directory => options.Value.OutboxDirectory is { Length: > 0 } dir ? dir : Path.Combine(Path.GetTempPath(), "rsm-outbox");

    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, $"{clock.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml");
        var content = $"From: {options.Value.From}\r\nTo: {message.To}\r\nSubject: {message.Subject}\r\n" +
                      $"Content-Type: text/plain; charset=utf-8\r\n\r\n{message.Body}\r\n";
        await File.WriteAllTextAsync(path, content, Encoding.UTF8, ct);
        logger.LogInformation("E-mail to {To}, \"{Subject}\", written to {Path}:\n{Body}", message.To, message.Subject, path, message.Body);
    }
}
