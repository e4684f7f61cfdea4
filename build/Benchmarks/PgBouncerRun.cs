using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace RecordingStudio.Benchmarks;

/// <summary>
/// Debian's PgBouncer in front of the server (transaction pooling, at most 75 server connections for the app's role,
/// idle server connections closed after a second), the app's studio connections going through it — as the usual advice
/// for "many databases on one server" would have it.
/// </summary>
internal sealed class PgBouncerRun : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private PgBouncerRun(Process process, string folder, int port) => (_process, _folder, Port) = (process, folder, port);

    public int Port { get; }

    public static async Task<PgBouncerRun?> StartAsync(string platformConnection)
    {
        const string binary = "/usr/sbin/pgbouncer";
        if (!File.Exists(binary)) return null;
        var server = new NpgsqlConnectionStringBuilder(platformConnection);
        var folder = Path.Combine(Path.GetTempPath(), "rsm-pgbouncer-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        int port;
        using (var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        }
        await File.WriteAllTextAsync(Path.Combine(folder, "userlist.txt"), "\"rsm\" \"\"\n\"postgres\" \"\"\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "pgbouncer.ini"), $"""
            [databases]
            * = host={server.Host} port={server.Port}
            [pgbouncer]
            listen_addr = 127.0.0.1
            listen_port = {port}
            unix_socket_dir =
            auth_type = trust
            auth_file = {folder}/userlist.txt
            pool_mode = transaction
            max_client_conn = 900
            default_pool_size = 5
            max_user_connections = 75
            server_idle_timeout = 1
            ignore_startup_parameters = extra_float_digits
            logfile = {folder}/pgbouncer.log
            pidfile = {folder}/pgbouncer.pid
            """);
        // PgBouncer will not run as root.
        foreach (var file in Directory.GetFiles(folder).Append(folder)) Process.Start("chown", ["postgres", file])!.WaitForExit();
        var process = Process.Start(new ProcessStartInfo("runuser", ["-u", "postgres", "--", binary, "--quiet", Path.Combine(folder, "pgbouncer.ini")])
            { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var run = new PgBouncerRun(process, folder, port);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                await using var probe = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(platformConnection) { Port = port, Pooling = false }.ConnectionString);
                await probe.OpenAsync();
                return run;
            }
            catch (NpgsqlException) when (!process.HasExited)
            {
                await Task.Delay(100);
            }
            catch (NpgsqlException)
            {
                break;
            }
        }
        var log = File.Exists(Path.Combine(folder, "pgbouncer.log")) ? await File.ReadAllTextAsync(Path.Combine(folder, "pgbouncer.log")) : "(no log)";
        var output = process.HasExited ? await process.StandardError.ReadToEndAsync() + await process.StandardOutput.ReadToEndAsync() : "";
        await run.DisposeAsync();
        throw new InvalidOperationException($"PgBouncer did not answer on port {port}:\n{log}\n{output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        if (File.Exists(Path.Combine(_folder, "pgbouncer.pid")) && int.TryParse(await File.ReadAllTextAsync(Path.Combine(_folder, "pgbouncer.pid")), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid))
            try { Process.GetProcessById(pid).Kill(); } catch (ArgumentException) { }
        Directory.Delete(_folder, recursive: true);
    }
}
