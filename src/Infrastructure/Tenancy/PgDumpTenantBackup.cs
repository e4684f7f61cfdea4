using System.Diagnostics;
using Npgsql;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Infrastructure.Tenancy;

/// <summary>Exports and restores a studio database with PostgreSQL's pg_dump / pg_restore (custom format).</summary>
public sealed class PgDumpTenantBackup(DatabaseServers servers) : ITenantBackup
{
    public async Task<long> ExportAsync(TenantDatabase database, string file, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
        // The dump holds password and API key hashes and clients' personal data: owner-only before pg_dump writes a byte.
        PrivateFiles.Prepare(file);
        await RunAsync("pg_dump", database, ["--format=custom", "--no-owner", "--file", Path.GetFullPath(file)], ct);
        return new FileInfo(file).Length;
    }

    public Task RestoreAsync(TenantDatabase database, string file, CancellationToken ct) =>
        File.Exists(file)
            ? RunAsync("pg_restore", database, ["--no-owner", "--exit-on-error", Path.GetFullPath(file)], ct)
            : throw new FileNotFoundException($"No export at {file}.", file);

    private async Task RunAsync(string tool, TenantDatabase database, string[] arguments, CancellationToken ct)
    {
        var connection = new NpgsqlConnectionStringBuilder(servers.Unpooled(database.ServerKey, database.DatabaseName));
        var start = new ProcessStartInfo(Locate(tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "--host", connection.Host!, "--port", connection.Port.ToString(), "--username", connection.Username!,
                     "--dbname", database.DatabaseName, "--no-password" }.Concat(arguments))
            start.ArgumentList.Add(argument);
        // The password goes through the environment, never the command line (visible to other users in ps).
        if (!string.IsNullOrEmpty(connection.Password)) start.Environment["PGPASSWORD"] = connection.Password;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {(await errors).Trim().Split('\n')[0]}");
    }

    /// <summary>The tool on PATH, else the newest PostgreSQL installation's (Debian keeps them under /usr/lib/postgresql).</summary>
    private static string Locate(string tool)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);
        if (onPath is not null) return onPath;
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal)
                .Select(d => Path.Combine(d, "bin", tool)).FirstOrDefault(File.Exists)
            : null;
        return installed ?? throw new InvalidOperationException($"{tool} is not installed (Debian: apt-get install postgresql-client).");
    }
}
