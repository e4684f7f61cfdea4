using Npgsql;

namespace RecordingStudio.Infrastructure.Tenancy;

internal static class Sql
{
    private const int TemplateBusyRetries = 5;

    /// <summary>Quotes an identifier for DDL, which cannot take parameters.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    /// <summary>
    /// Runs DDL (CREATE, ALTER, DROP DATABASE) on a server's maintenance database; retries briefly while the template is
    /// being migrated (55006: another session is using it).
    /// </summary>
    public static async Task ExecuteAdminAsync(DatabaseServers servers, string serverKey, string sql, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var admin = new NpgsqlConnection(servers.Admin(serverKey));
                await admin.OpenAsync(ct);
                await using var command = new NpgsqlCommand(sql, admin);
                await command.ExecuteNonQueryAsync(ct);
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ObjectInUse && attempt < TemplateBusyRetries)
            {
                await Task.Delay(200 * attempt, ct);
            }
        }
    }
}
