using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace RecordingStudio.Benchmarks;

/// <summary>The Web API in Release, in a process of its own, as it would be deployed (plain HTTP on loopback).</summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly DirectoryInfo _work;

    private AppProcess(Process process, DirectoryInfo work, string url) => (_process, _work, Url) = (process, work, url);

    public string Url { get; }

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public static async Task<AppProcess> StartAsync(string platformConnection, IDictionary<string, string>? settings = null)
    {
        var dll = Path.GetFullPath("src/WebApi/bin/Release/net10.0/RecordingStudio.WebApi.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"{dll} is missing: build src/WebApi in Release first (bench-scale.sh does).");
        var work = Directory.CreateTempSubdirectory("rsm-bench-app-");
        var url = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetFullPath("src/WebApi"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = url,
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Security__RequireHttps"] = "false",
            ["ConnectionStrings__Platform"] = platformConnection,
            ["Logging__LogLevel__Default"] = "Warning",
            ["RateLimits__SignInPerMinute"] = "1000000",
            ["Email__OutboxDirectory"] = Path.Combine(work.FullName, "outbox"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) environment[key] = value;
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var process = Process.Start(start)!;
        var log = Path.Combine(work.FullName, "app.log");
        _ = process.StandardOutput.BaseStream.CopyToAsync(File.Create(log));
        _ = process.StandardError.BaseStream.CopyToAsync(File.Create(log + ".err"));

        var app = new AppProcess(process, work, url);
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                // Host filtering admits the root domain and its subdomains only.
                using var probe = new HttpRequestMessage(HttpMethod.Get, url + "/health/live") { Headers = { Host = "localhost" } };
                if ((await app.Http.SendAsync(probe)).IsSuccessStatusCode) return app;
            }
            catch (HttpRequestException) { }
            if (process.HasExited) break;
            await Task.Delay(500);
        }
        var output = await File.ReadAllTextAsync(log) + await File.ReadAllTextAsync(log + ".err");
        await app.DisposeAsync();
        throw new InvalidOperationException("The app did not start:\n" + output[^Math.Min(output.Length, 3000)..]);
    }

    /// <summary>A bearer token of a studio's account.</summary>
    public async Task<string> TokenAsync(string subdomain, string email, string password)
    {
        var body = await SendAsync(subdomain, HttpMethod.Post, "/api/auth/token", null, new { email, password });
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("accessToken").GetString()!;
    }

    /// <summary>A request to a studio's host; its body, or an exception naming the status and the answer.</summary>
    public async Task<string> SendAsync(string subdomain, HttpMethod method, string path, string? token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, Url + path) { Headers = { Host = $"{subdomain}.localhost" } };
        if (token is not null) request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = System.Net.Http.Json.JsonContent.Create(body);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 300)]}");
        return text;
    }

    public double ResidentMegabytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        try { _work.Delete(recursive: true); } catch (IOException) { }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
