namespace RecordingStudio.TestSupport;

/// <summary>The two throwaway PostgreSQL servers that build/test.sh starts; tests never fall back to a fake database.</summary>
public static class TestDatabases
{
    public static string Server1 => Require("RSM_TEST_PG_1");
    public static string Server2 => Require("RSM_TEST_PG_2");

    private static string Require(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{variable} is not set: these tests need real PostgreSQL servers. Run them with build/test.sh, " +
                "which starts two throwaway clusters and sets RSM_TEST_PG_1 and RSM_TEST_PG_2.");
}
