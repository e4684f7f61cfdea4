using Spectre.Console;

namespace RecordingStudio.Cli;

/// <summary>Tables for people (Spectre.Console); plain text when the output is not a terminal, so scripts and tests can read it.</summary>
public static class ConsoleTables
{
    /// <param name="secondary">Columns left out on a terminal narrower than 120 columns (an 80-column one shows the rest unwrapped).</param>
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlySet<string>? secondary = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Interactive = InteractionSupport.No,
        });
        // Off a terminal there is no width to detect; wide enough that ids and versions are not wrapped.
        if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected) console.Profile.Width = 200;
        var shown = Enumerable.Range(0, headers.Count).Where(i => console.Profile.Width >= 120 || secondary?.Contains(headers[i]) != true).ToList();
        var table = new Table().Border(TableBorder.Simple);
        foreach (var i in shown) table.AddColumn(new TableColumn(Markup.Escape(headers[i])));
        foreach (var row in rows) table.AddRow(shown.Select(i => new Text(row[i])).ToArray<Spectre.Console.Rendering.IRenderable>());
        console.Write(table);
    }

    public static string Size(long? bytes) => bytes switch
    {
        null => "-",
        < 1024 * 1024 => $"{bytes / 1024.0:0.0} KB",
        < 1024L * 1024 * 1024 => $"{bytes / (1024.0 * 1024):0.0} MB",
        _ => $"{bytes / (1024.0 * 1024 * 1024):0.00} GB",
    };
}
