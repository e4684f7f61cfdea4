using RecordingStudio.TestSupport;

// The tests start PostgreSQL clusters and check file modes: they run on Linux (Debian, as in CI).
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

namespace RecordingStudio.BrowserTests;

/// <summary>Every test class of this assembly that needs the platform shares one fixture (xunit wants the collection here).</summary>
[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
