namespace RecordingStudio.ArchitectureTests;

/// <summary>The repository's own files, for rules about the source itself (deployment files, resources).</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RecordingStudio.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("The repository root (RecordingStudio.sln) is not above the test's folder.");
    }
}
