namespace RecordingStudio.Infrastructure.Email;

/// <summary>Configuration section "Email". Without an SMTP host, messages go to the log and the outbox folder.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "no-reply@localhost";

    /// <summary>Where each message is written as a .eml file (default: rsm-outbox in the temp folder).</summary>
    public string? OutboxDirectory { get; set; }

    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public string? SmtpUsername { get; set; }
    /// <summary>From the environment (Email__SmtpPassword), never from a committed file.</summary>
    public string? SmtpPassword { get; set; }
    public bool SmtpUseSsl { get; set; } = true;
}
