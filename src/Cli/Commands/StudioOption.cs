using System.CommandLine;

namespace RecordingStudio.Cli.Commands;

/// <summary>
/// The studio a command works on: <c>--studio</c>, the word an operator reads everywhere; <c>--tenant</c> still works
/// (scripts written before).
/// </summary>
public static class StudioOption
{
    public static Option<string> Required() => new("--studio", "--tenant") { Description = "The studio's subdomain", Required = true };

    public static Option<string?> Optional(string description) => new("--studio", "--tenant") { Description = description };
}
