using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecordingStudio.Application.Common.Interfaces;

namespace RecordingStudio.Infrastructure.Email;

/// <summary>
/// The default sender: each message goes to a .eml file in the outbox folder and a line in the log. Messages carry
/// one-time links, so the log shows their text only in Development.
/// </summary>
public sealed class OutboxEmailSender(IOptions<EmailOptions> options, TimeProvider clock, ILogger<OutboxEmailSender> logger,
    IHostEnvironment? environment = null) : IEmailSender
{
    public string Directory => options.Value.OutboxDirectory is { Length: > 0 } dir ? dir : Path.Combine(Path.GetTempPath(), "rsm-outbox");

    public async Task SendAsync(EmailMessage message, CancellationToken ct)
    {
        var mime = MimeMessages.Build(options.Value, message);
        PrivateFiles.Folder(Directory);
        var path = Path.Combine(Directory, $"{clock.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml");
        await using (var file = PrivateFiles.Create(path)) await mime.WriteToAsync(file, ct);
        if (environment?.IsDevelopment() == true)
            logger.LogInformation("E-mail to {To}, \"{Subject}\", written to {Path}:\n{Body}", message.To, message.Subject, path, message.Body);
        else
            logger.LogInformation("E-mail to {To}, \"{Subject}\", written to {Path}", message.To, message.Subject, path);
    }
}
