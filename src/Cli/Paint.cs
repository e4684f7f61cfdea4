namespace RecordingStudio.Cli;

/// <summary>
/// Colour for a person at a terminal — green for what was done, red for what failed — and plain text anywhere else
/// (a pipe, a file, a test's writer) or when NO_COLOR is set (no-color.org).
/// </summary>
public static class Paint
{
    public static string Ok(TextWriter to, string text) => Wrap(to, "32", text);

    public static string Failed(TextWriter to, string text) => Wrap(to, "31", text);

    /// <summary>Done, but with something the operator should know (yellow).</summary>
    public static string Warning(TextWriter to, string text) => Wrap(to, "33", text);

    private static string Wrap(TextWriter to, string code, string text) => IsTerminal(to) ? $"\u001b[{code}m{text}\u001b[0m" : text;

    private static bool IsTerminal(TextWriter to) =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && ((ReferenceEquals(to, Console.Out) && !Console.IsOutputRedirected) || (ReferenceEquals(to, Console.Error) && !Console.IsErrorRedirected));
}
