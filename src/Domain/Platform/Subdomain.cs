using System.Text.RegularExpressions;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Platform;

public enum SubdomainProblem
{
    None,
    Format,
    Reserved,
    Taken,
}

/// <summary>The rules a studio's subdomain must follow, independent of whether it is already taken.</summary>
public static partial class Subdomain
{
    public const int MinLength = 3;
    public const int MaxLength = 63;

    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "www", "api", "admin", "app", "mail", "smtp", "imap", "pop", "ftp", "static", "assets", "cdn", "media",
        "platform", "signup", "login", "logout", "register", "auth", "account", "accounts", "billing", "help",
        "support", "status", "docs", "blog", "dashboard", "portal", "demo-admin", "root", "system", "test",
        "localhost", "internal", "ns1", "ns2", "dev", "staging",
    };

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static string Normalize(string? value) => (value ?? "").Trim().ToLowerInvariant();

    /// <summary>Checks format and reserved names of an already-normalized value.</summary>
    public static SubdomainProblem Check(string value)
    {
        if (value.Length is < MinLength or > MaxLength || !Pattern().IsMatch(value) || value.Contains("--"))
            return SubdomainProblem.Format;
        return Reserved.Contains(value) ? SubdomainProblem.Reserved : SubdomainProblem.None;
    }

    public static TranslatableText Explain(SubdomainProblem problem) => problem switch
    {
        SubdomainProblem.Format =>
            new("Use {0}–{1} lowercase letters, digits or single hyphens, starting and ending with a letter or digit.", MinLength, MaxLength),
        SubdomainProblem.Reserved => new("This name is reserved."),
        SubdomainProblem.Taken => new("This name is already taken."),
        _ => new("Available."),
    };
}
