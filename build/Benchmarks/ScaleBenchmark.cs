using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;
using RecordingStudio.Application.Platform.Tenants.MigrateTenants;
using RecordingStudio.Application.Platform.Tenants.ProvisionTenant;
using RecordingStudio.Cli;

namespace RecordingStudio.Benchmarks;

/// <summary>
/// Many studios on one PostgreSQL server: GET /api/clients through the real app (Release, its own process) with wrk
/// rotating the Host and Bearer headers over 1, 40, 500 and all studios, in interleaved rounds, then all of them for a
/// minute. The one-studio rounds are the baseline; every other figure is a ratio to it from the same run.
/// </summary>
public static partial class ScaleBenchmark
{
    private const string Password = "bench-owner-password";
    private const int Connections = 64;

    public static async Task RunAsync(string platformConnection, string output, int studioCount)
    {
        var rounds = int.Parse(Environment.GetEnvironmentVariable("RSM_BENCH_ROUNDS") ?? "3", CultureInfo.InvariantCulture);
        var seconds = int.Parse(Environment.GetEnvironmentVariable("RSM_BENCH_SECONDS") ?? "10", CultureInfo.InvariantCulture);
        var configuration = CliApp.LoadConfiguration(new Dictionary<string, string?> { ["ConnectionStrings:Platform"] = platformConnection });
        var services = CliApp.BuildServices(configuration);
        if (!(await services.SendAsync(null, new MigrateTenantsCommand())).Succeeded) throw new InvalidOperationException("Migration failed before the benchmark.");

        Console.WriteLine($"Provisioning {studioCount} studios (4 at a time)...");
        var provisioning = new List<double>();
        var subdomains = new List<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, studioCount), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            var subdomain = $"scale{i:D5}";
            var started = Stopwatch.GetTimestamp();
            await services.SendAsync(null, new ProvisionTenantCommand(subdomain, $"Scale {i}", "Europe/Paris",
                Owner: new StudioOwner("Bench Owner", $"owner@{subdomain}.test", Password)));
            lock (subdomains)
            {
                provisioning.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                subdomains.Add(subdomain);
            }
        });
        subdomains.Sort(StringComparer.Ordinal);

        var cold = await ColdRequestSteps.MeasureAsync(services, subdomains[^1]);
        var bareConnections = await BareConnectionRateAsync(platformConnection, await services.DatabaseOfAsync(subdomains[0]));
        Console.WriteLine("Migrating every studio...");
        var migrations = await MigrationRuns.MeasureAsync(services);
        // The operator's pools close here: from now on the server's client connections are the app's (and the sampler's).
        await services.DisposeAsync();
        var postmaster = await PostmasterPidAsync(platformConnection);
        var app = await AppProcess.StartAsync(platformConnection);
        Console.WriteLine("Signing in every studio's Owner for a bearer token...");
        var tokens = await TokensAsync(app, subdomains);

        var work = Directory.CreateTempSubdirectory("rsm-scale-");
        var script = Path.Combine(work.FullName, "rotate.lua");
        await File.WriteAllTextAsync(script, WrkScript);
        async Task<string> Targets(int count)
        {
            var path = Path.Combine(work.FullName, $"targets-{count}.txt");
            await File.WriteAllLinesAsync(path, subdomains.Take(count).Select(s => $"{s}.localhost {tokens[s]}"));
            return path;
        }

        var sizes = new[] { 1, Math.Min(40, studioCount), Math.Min(500, studioCount), studioCount }.Distinct().ToArray();
        var runs = sizes.ToDictionary(size => size, _ => new List<WrkRun>());
        foreach (var size in sizes) await RunWrkAsync(app, script, await Targets(size), 3, platformConnection, postmaster); // warm-up
        for (var round = 0; round < rounds; round++)
            foreach (var size in sizes)
            {
                Console.WriteLine($"Round {round + 1}/{rounds}: {size} studio(s) for {seconds} s...");
                runs[size].Add(await RunWrkAsync(app, script, await Targets(size), seconds, platformConnection, postmaster));
            }
        Console.WriteLine($"All {studioCount} studios for 60 s...");
        var minute = await RunWrkAsync(app, script, await Targets(studioCount), 60, platformConnection, postmaster);
        var memory = app.ResidentMegabytes();
        await app.DisposeAsync(); // its connections close: the server is PgBouncer's now
        await Task.Delay(2000);
        var bouncer = await ThroughPgBouncerAsync(platformConnection, script, Targets, sizes, rounds, seconds, postmaster);
        var maxConnections = await ScalarAsync(platformConnection, "SELECT current_setting('max_connections')");
        work.Delete(recursive: true);

        var baseline = Median(runs[1].Select(r => r.OkPerSecond));
        var rows = string.Join("\n", sizes.Select(size =>
        {
            var r = runs[size];
            return $"| {size} | {Median(r.Select(x => x.OkPerSecond)):0} | **{Median(r.Select(x => x.OkPerSecond)) / baseline:0.00}×** | " +
                   $"{r.Sum(x => x.Busy)} | {r.Sum(x => x.Errors)} | {r.Sum(x => x.Other)} | {Median(r.Select(x => x.PostgresCpuMsPerRequest)):0.00} ms | {r.Max(x => x.PeakConnections)} |";
        }));
        var markdown = $"""
        `build/bench-scale.sh {studioCount}` — {studioCount} studios made through `ProvisionTenantCommand` (with an Owner) on a
        throwaway PostgreSQL cluster with `max_connections = {maxConnections}`; the app in Release in its own process with
        the shipped settings (`ConnectionBudget` 60 per server including the platform pool of 10, pools of 5); `wrk -t2
        -c{Connections}` sends `GET /api/clients` rotating `Host` and `Authorization: Bearer` over the first N studios
        ({rounds} interleaved rounds of {seconds} s after a 3 s warm-up each; medians). "Busy" is 503
        `database_unavailable` (waited {5} s in line), "errors" any other 5xx. PostgreSQL CPU is the server's (postmaster,
        backends alive and gone) per successful request.

        | studios round-robin | successful req/s | ratio to 1 studio | busy (503) | errors (5xx) | other non-2xx | PostgreSQL CPU / request | peak connections |
        |---|---|---|---|---|---|---|---|
        {rows}

        Physics on this machine, for scale: `pgbench -C` (a new connection for every transaction, `SELECT 1`, 8 clients) on one
        studio database manages **{bareConnections:0} connections/s** — starting a PostgreSQL backend costs about
        {2000 / bareConnections:0.0} ms of CPU here. With more studios than connections every request needs a new backend, so
        the round-robin rows are bounded by that rate whatever the application does: their best row reaches
        {sizes.Skip(2).Select(size => Median(runs[size].Select(x => x.OkPerSecond))).DefaultIfEmpty(0).Max() / bareConnections:P0} of it.

        **{studioCount} studios for 60 s**: {minute.OkPerSecond:0} successful req/s ({minute.OkPerSecond / baseline:0.00}× the 1-studio
        rate), {minute.Busy} × 503, {minute.Errors} × other 5xx, {minute.Other} other non-2xx, peak {minute.PeakConnections}
        connections (limit {maxConnections}); app memory (RSS) at the end: {memory:0} MB.

        A request to a studio whose pool holds no connection, step by step (median of {ColdRequestSteps.Samples}, measured
        in-process on the idle server before the load):

        {cold}

        {bouncer}

        Migrations (same cluster, same studios; the catalog, the templates and each studio database):

        {migrations}

        Provisioning under this benchmark's own load (4 at a time, with Owner): median {Median(provisioning):0} ms,
        95th percentile {Percentile(provisioning, 0.95):0} ms.

        Measured {DateTimeOffset.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, .NET {Environment.Version}, PostgreSQL {await ScalarAsync(platformConnection, "SHOW server_version")}.
        """;
        BenchmarkReport.WriteSection(output, "Many studios on one server: throughput, errors and connections", markdown);
    }

    /// <summary>
    /// The same rounds with the app's studio connections through PgBouncer (a second app process; the platform catalog
    /// stays direct, it LISTENs). Its budget is raised to 400: PgBouncer is then what holds the server to its 75.
    /// </summary>
    private static async Task<string> ThroughPgBouncerAsync(string platformConnection, string script, Func<int, Task<string>> targets,
        int[] sizes, int rounds, int seconds, int postmaster)
    {
        await using var bouncer = await PgBouncerRun.StartAsync(platformConnection);
        if (bouncer is null) return "PgBouncer (Debian's `pgbouncer`) is not installed: its rows were not measured.";
        var viaBouncer = new NpgsqlConnectionStringBuilder(platformConnection)
            { Port = bouncer.Port, Database = "postgres", NoResetOnClose = true, MaxAutoPrepare = 0 }.ConnectionString;
        await using var app = await AppProcess.StartAsync(platformConnection, new Dictionary<string, string>
        {
            ["Tenancy__Servers__main"] = viaBouncer,
            ["Tenancy__ConnectionBudget"] = "400",
            ["Tenancy__SpareDatabases"] = "0",
        });
        var rows = new List<string>();
        foreach (var size in sizes.Where(s => s != 40))
        {
            await RunWrkAsync(app, script, await targets(size), 3, platformConnection, postmaster);
            var runs = new List<WrkRun>();
            for (var round = 0; round < rounds; round++) runs.Add(await RunWrkAsync(app, script, await targets(size), seconds, platformConnection, postmaster));
            rows.Add($"| {size} | {Median(runs.Select(r => r.OkPerSecond)):0} | {runs.Sum(r => r.Busy)} | {runs.Sum(r => r.Errors)} | {runs.Sum(r => r.Other)} | {Median(runs.Select(r => r.PostgresCpuMsPerRequest)):0.00} ms | {runs.Max(r => r.PeakConnections)} |");
        }
        var table = string.Join("\n", rows);
        return $"""
            The same rounds through **PgBouncer 1.18** (transaction pooling, `max_user_connections = 75`, `server_idle_timeout
            = 1`; the app's budget raised to 400 client connections, PgBouncer holding the server to 75, which with the platform pool, the listener and the sampler fits in 97):

            | studios round-robin, via PgBouncer | successful req/s | busy (503) | errors (5xx) | other non-2xx | PostgreSQL CPU / request | peak connections |
            |---|---|---|---|---|---|---|
            {table}
            """;
    }

    /// <summary>wrk's Lua: each request goes to the next studio of the list; statuses are counted per kind.</summary>
    private const string WrkScript = """
        local threads = {}
        local targets = {}
        local index = 0
        ok, busy, errors, other = 0, 0, 0, 0

        function setup(thread)
          thread:set("offset", #threads * 7919)
          table.insert(threads, thread)
        end

        function init(args)
          for line in io.lines(args[1]) do
            local host, token = line:match("(%S+) (%S+)")
            table.insert(targets, { host, "Bearer " .. token })
          end
          index = offset % #targets
        end

        function request()
          index = index % #targets + 1
          local target = targets[index]
          return wrk.format("GET", "/api/clients", { ["Host"] = target[1], ["Authorization"] = target[2] })
        end

        function response(status, headers, body)
          if status == 200 then ok = ok + 1
          elseif status == 503 then busy = busy + 1
          elseif status >= 500 then errors = errors + 1
          else other = other + 1 end
        end

        function done(summary, latency, requests)
          local o, b, e, x = 0, 0, 0, 0
          for _, thread in ipairs(threads) do
            o = o + thread:get("ok"); b = b + thread:get("busy"); e = e + thread:get("errors"); x = x + thread:get("other")
          end
          io.write(string.format("STATUS %d %d %d %d %f\n", o, b, e, x, summary.duration / 1e6))
        end
        """;

    private sealed record WrkRun(double OkPerSecond, long Busy, long Errors, long Other, double PostgresCpuMsPerRequest, long PeakConnections);

    private static async Task<WrkRun> RunWrkAsync(AppProcess app, string script, string targets, int seconds, string platformConnection, int postmaster)
    {
        using var stop = new CancellationTokenSource();
        var peak = 0L;
        var sampler = Task.Run(async () =>
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(platformConnection) { Pooling = false }.ConnectionString);
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) - 1 FROM pg_stat_activity WHERE backend_type = 'client backend'", connection);
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, (long)(await count.ExecuteScalarAsync())!);
                await Task.Delay(50);
            }
        });
        var cpuBefore = PostgresCpuSeconds(postmaster);
        var wrk = Process.Start(new ProcessStartInfo("wrk", ["-t2", $"-c{Connections}", $"-d{seconds}s", "--timeout", "10s", "-s", script,
            app.Url, "--", targets]) { RedirectStandardOutput = true })!;
        var text = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var cpu = PostgresCpuSeconds(postmaster) - cpuBefore;
        await stop.CancelAsync();
        await sampler;

        var status = StatusLine().Match(text);
        if (!status.Success) throw new InvalidOperationException("wrk gave no STATUS line:\n" + text);
        var (ok, busy, errors, other, duration) = (long.Parse(status.Groups[1].Value), long.Parse(status.Groups[2].Value),
            long.Parse(status.Groups[3].Value), long.Parse(status.Groups[4].Value), double.Parse(status.Groups[5].Value, CultureInfo.InvariantCulture));
        return new WrkRun(ok / duration, busy, errors, other, ok == 0 ? 0 : cpu * 1000 / ok, peak);
    }

    [GeneratedRegex(@"STATUS (\d+) (\d+) (\d+) (\d+) ([\d.]+)")]
    private static partial Regex StatusLine();

    private static async Task<Dictionary<string, string>> TokensAsync(AppProcess app, IReadOnlyList<string> subdomains)
    {
        var tokens = new Dictionary<string, string>();
        await Parallel.ForEachAsync(subdomains, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (subdomain, ct) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, app.Url + "/api/auth/token")
            {
                Content = JsonContent.Create(new { email = $"owner@{subdomain}.test", password = Password }),
            };
            request.Headers.Host = $"{subdomain}.localhost";
            using var response = await app.Http.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Sign-in for {subdomain} failed: {body}");
            var token = JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString()!;
            lock (tokens) tokens[subdomain] = token;
        });
        return tokens;
    }

    /// <summary>The PostgreSQL server's CPU so far: the postmaster, its live children, and the children that have exited.</summary>
    private static double PostgresCpuSeconds(int postmaster)
    {
        // After ") " in /proc/PID/stat: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14), in clock ticks.
        static long[] Fields(int pid)
        {
            var fields = File.ReadAllText($"/proc/{pid}/stat").Split(") ")[1].Split(' ');
            return [0, long.Parse(fields[1]), 0, 0, 0, 0, 0, 0, 0, 0, 0, long.Parse(fields[11]), long.Parse(fields[12]), long.Parse(fields[13]), long.Parse(fields[14])];
        }
        var own = Fields(postmaster);
        var ticks = own[11] + own[12] + own[13] + own[14];
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == postmaster) continue;
            try
            {
                var child = Fields(pid);
                if (child[1] == postmaster) ticks += child[11] + child[12];
            }
            catch (IOException) { } // gone meanwhile: its time is in the postmaster's cutime now
            catch (FormatException) { }
        }
        return ticks / 100.0;
    }

    /// <summary>How many new connections per second the server accepts at most (pgbench -C, SELECT 1).</summary>
    private static async Task<double> BareConnectionRateAsync(string platformConnection, string database)
    {
        var builder = new NpgsqlConnectionStringBuilder(platformConnection);
        var script = Path.GetTempFileName();
        await File.WriteAllTextAsync(script, "SELECT 1;\n");
        var pgbench = Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin", "pgbench")).First(File.Exists);
        var run = Process.Start(new ProcessStartInfo(pgbench, ["-h", builder.Host!, "-p", builder.Port.ToString(CultureInfo.InvariantCulture),
            "-U", builder.Username!, "-n", "-C", "-c", "8", "-j", "2", "-T", "10", "-f", script, database]) { RedirectStandardOutput = true })!;
        var text = await run.StandardOutput.ReadToEndAsync();
        await run.WaitForExitAsync();
        File.Delete(script);
        return double.Parse(TpsLine().Match(text).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"tps = ([\d.]+)")]
    private static partial Regex TpsLine();

    /// <summary>The server's postmaster: the parent of our own backend.</summary>
    private static async Task<int> PostmasterPidAsync(string connection)
    {
        var backend = int.Parse(await ScalarAsync(connection, "SELECT pg_backend_pid()"), CultureInfo.InvariantCulture);
        return int.Parse(File.ReadAllText($"/proc/{backend}/stat").Split(") ")[1].Split(' ')[1], CultureInfo.InvariantCulture);
    }

    internal static async Task<string> ScalarAsync(string connection, string sql)
    {
        await using var open = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connection) { Pooling = false }.ConnectionString);
        await open.OpenAsync();
        await using var command = new NpgsqlCommand(sql, open);
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)!;
    }

    internal static double Median(IEnumerable<double> values) => BenchmarkReport.Median(values.ToList());

    private static double Percentile(IReadOnlyCollection<double> values, double p) => values.Order().ElementAt((int)Math.Ceiling(p * values.Count) - 1);
}
