using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.ML.Tokenizers;
using RecordingStudio.Application.Assistant.AskAssistant;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Platform.Tenants.MigrateTenants;
using RecordingStudio.Application.Platform.Tenants.ProvisionTenant;
using RecordingStudio.Application.Studio.Clients.CreateClient;
using RecordingStudio.Cli;
using RecordingStudio.Domain.Accounts;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.FakeModelServer;

namespace RecordingStudio.Benchmarks;

/// <summary>
/// The tokens of the exact requests the application sends to the model for one question (o200k_base), summed over the
/// turn, and the application's own time per turn (the provider's time excluded), against an explicit-command turn.
/// </summary>
public static class AssistantBenchmark
{
    public const string Question = "Combien de clients j'ai actuellement ?";
    private const int TokenTarget = 1500;

    private sealed class Owner : ICurrentUser
    {
        public Guid? UserId { get; } = Guid.NewGuid();
        public AccountRole? Role => AccountRole.Owner;
        public Guid? ClientId => null;
        public bool IsOperator => false;
    }

    public static async Task RunAsync(string platformConnection, string output, int turns)
    {
        await using var model = await StartAsync();
        var settings = new Dictionary<string, string?>(model.OpenAiSettings()) { ["ConnectionStrings:Platform"] = platformConnection };
        var configuration = CliApp.LoadConfiguration(settings);
        await using var operatorServices = CliApp.BuildServices(configuration);
        var owner = new Owner();
        await using var ownerServices = CliApp.BuildServices(configuration, configure: s => s.AddSingleton<ICurrentUser>(owner));

        await operatorServices.SendAsync(null, new MigrateTenantsCommand());
        var subdomain = $"bench-ai-{Guid.NewGuid():N}"[..20];
        await operatorServices.SendAsync(null, new ProvisionTenantCommand(subdomain, "Benchmark Studio", "Europe/Paris"));
        foreach (var name in new[] { "Lena Diaz", "Marc Dubois", "Yuki Tanaka", "Omar Haddad", "Chloé Martin", "Ravi Patel" })
            await operatorServices.SendAsync(subdomain, new CreateClientCommand(name, null, null, null, null));

        var tokenizer = TiktokenTokenizer.CreateForEncoding("o200k_base");
        var requestTokens = new List<int>();
        var modelTurns = new List<double>();
        var commandTurns = new List<double>();
        for (var turn = -1; turn < turns; turn++)
        {
            model.OpenAi.Enqueue(OpenAiCall("count_clients", new { }));
            model.OpenAi.Enqueue(OpenAiText(r => $"Vous avez {LastToolResult(r)}."));
            var seenBefore = model.OpenAiRequests.Count;
            var providerBefore = model.ProviderTime;
            var started = Stopwatch.GetTimestamp();
            await ownerServices.SendAsync(subdomain, new AskAssistantCommand(Question));
            var ownTime = Stopwatch.GetElapsedTime(started) - (model.ProviderTime - providerBefore);

            started = Stopwatch.GetTimestamp();
            await ownerServices.SendAsync(subdomain, new AskAssistantCommand("/clients"));
            var commandTime = Stopwatch.GetElapsedTime(started);
            if (turn < 0) continue; // warm-up: JIT, pools, caches

            modelTurns.Add(ownTime.TotalMilliseconds);
            commandTurns.Add(commandTime.TotalMilliseconds);
            // RSM_BENCH_DUMP=file writes the exact request bodies, to see where the tokens go.
            if (turn == 0 && Environment.GetEnvironmentVariable("RSM_BENCH_DUMP") is { } dump)
                await File.WriteAllTextAsync(dump, string.Join("\n\n", model.OpenAiRequests.Skip(seenBefore).Select(b => b.ToJsonString())));
            if (turn == 0)
                requestTokens.AddRange(model.OpenAiRequests.Skip(seenBefore).Select(body => tokenizer.CountTokens(body.ToJsonString())));
        }

        var total = requestTokens.Sum();
        var (modelMedian, commandMedian) = (BenchmarkReport.Median(modelTurns), BenchmarkReport.Median(commandTurns));
        BenchmarkReport.WriteSection(output, "AI assistant: tokens and the application's time for one question", $"""
            `build/bench-assistant.sh` — the question “{Question}” sent {turns} times (after one warm-up) through
            `AskAssistantCommand` with the real OpenAI connector and function calling, against a scripted provider endpoint on
            loopback that calls `count_clients` and then answers. Tokens: the exact JSON bodies the application sent,
            counted with Microsoft.ML.Tokenizers (o200k_base).

            | measure | value |
            |---|---|
            | requests per turn | {requestTokens.Count} |
            | tokens per request | {string.Join(" + ", requestTokens)} |
            | **tokens per turn** | **{total}** (target ≤ {TokenTarget:N0}: {(total <= TokenTarget ? "met" : "NOT met")}; the system this replaces: 15,136) |
            | application's own time per turn, median (provider time excluded) | {modelMedian:0.0} ms |
            | baseline: an explicit `/clients` turn, median | {commandMedian:0.0} ms |
            | ratio model turn / command turn | {modelMedian / commandMedian:0.0}× |

            Measured {DateTimeOffset.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, .NET {Environment.Version}.
            """);
    }
}
