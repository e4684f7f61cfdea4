using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.TestSupport;
using Xunit.Abstractions;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Api;

/// <summary>
/// Every operation of the OpenAPI document, sent hostile input as a studio's Owner: never a 5xx, never internal text.
/// The requests are the same for the same seed (RSM_FUZZ_SEED overrides the default, to explore further).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OpenApiFuzzTests(PlatformFixture platform, ITestOutputHelper output)
{
    /// <summary>What an exception, a stack trace or a database error would leave in a body.</summary>
    private static readonly string[] InternalText =
        [
            "Exception", "   at ", "Npgsql", "SQLSTATE", "System.", "Microsoft.", "RecordingStudio.", "Nullable<", "inner exception",
            "0x00", "PostgreSQL", "BytePosition", "LineNumber", "42501:", "22021:", "23505:",
        ];

    [Fact]
    public async Task Hostile_input_on_every_operation_never_gets_a_5xx_or_internal_text()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("RSM_FUZZ_SEED"), out var chosen) ? chosen : 20261130;
        using var app = platform.CreateApp(new Dictionary<string, string?> { ["RateLimits:ChatPerMinute"] = "1000000" });
        var studio = await CreateAsync(platform, "fuzz", app);
        var session = await (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, At(10, 5), At(12, 5))).ReadAsync<SessionDto>();
        Guid? KnownId(string path) => path switch
        {
            _ when path.StartsWith("/api/clients") => studio.Client.Id,
            _ when path.StartsWith("/api/rooms") => studio.RoomA.Id,
            _ when path.StartsWith("/api/engineers") => studio.Sam.Id,
            _ when path.StartsWith("/api/sessions") => session.Id,
            _ => null,
        };
        var document = JsonDocument.Parse(await studio.Http.GetStringAsync("/openapi/v1.json")).RootElement;
        var requests = new OpenApiFuzzer(document, seed, KnownId).Requests();
        requests.Count.ShouldBeGreaterThanOrEqualTo(2000);

        var studioHost = app.ClientFor(studio.Subdomain);
        var apexHost = app.ApexClient();
        var bearer = studio.Http.DefaultRequestHeaders.Authorization!;
        var failures = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, ct) =>
        {
            using var message = request.ToMessage();
            message.Headers.Authorization = new AuthenticationHeaderValue(bearer.Scheme, bearer.Parameter);
            using var response = await (request.Apex ? apexHost : studioHost).SendAsync(message, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            var leak = InternalText.FirstOrDefault(text => body.Contains(text, StringComparison.Ordinal));
            if ((int)response.StatusCode >= 500 || leak is not null)
                failures.Enqueue($"{(int)response.StatusCode}{(leak is null ? "" : $" (body shows '{leak}')")} ← {request}\n    {Shorten(body)}");
        });

        output.WriteLine($"seed {seed}: {requests.Count} requests; " +
                         string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        failures.ShouldBeEmpty($"seed {seed}: {failures.Count} of {requests.Count} requests failed; the first ones:\n" +
                               string.Join("\n", failures.Take(25)));
    }

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "…";
}
