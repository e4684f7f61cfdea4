namespace RecordingStudio.Benchmarks;

/// <summary>docs/benchmarks.md holds one section per benchmark; each run rewrites only its own.</summary>
public static class BenchmarkReport
{
    private const string Header = "# Benchmarks\n\nFigures are written by the scripts under `build/`; each compares against a baseline measured in the same run.\n";

    public static void WriteSection(string path, string title, string body)
    {
        var existing = File.Exists(path) ? File.ReadAllText(path) : Header;
        var sections = existing.Split("\n## ").ToList();
        var section = $"{title}\n\n{body.Trim()}\n";
        var index = sections.FindIndex(s => s.StartsWith(title, StringComparison.Ordinal));
        if (index > 0) sections[index] = section;
        else sections.Add(section);
        File.WriteAllText(path, string.Join("\n## ", sections).TrimEnd() + "\n");
        Console.WriteLine($"## {section}");
    }

    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
