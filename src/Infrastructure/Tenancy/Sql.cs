namespace RecordingStudio.Infrastructure.Tenancy;

internal static class Sql
{
    /// <summary>Quotes an identifier for DDL, which cannot take parameters.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}
