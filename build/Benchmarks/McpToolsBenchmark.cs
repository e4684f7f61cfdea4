using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.ML.Tokenizers;
using ModelContextProtocol;
using RecordingStudio.Application.Assistant;
using RecordingStudio.Application.Assistant.ListAgentTools;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Platform.Tenants.MigrateTenants;
using RecordingStudio.Application.Platform.Tenants.ProvisionTenant;
using RecordingStudio.Cli;
using RecordingStudio.Domain.Accounts;
using RecordingStudio.Infrastructure.Assistant;
using RecordingStudio.Infrastructure.Tenancy;
using RecordingStudio.WebApi.Mcp;

namespace RecordingStudio.Benchmarks;

/// <summary>
/// The size in tokens (o200k_base) of the MCP server's tools/list answer for each role, as the server builds and
/// serializes it, against the functions the built-in assistant offers its model for one question (the tools array of
/// its request, in OpenAI's shape) — both from the same registry, descriptions and schemas.
/// </summary>
public static class McpToolsBenchmark
{
    private sealed class Staff(AccountRole role) : ICurrentUser
    {
        public Guid? UserId { get; } = Guid.NewGuid();
        public AccountRole? Role => role;
        public Guid? ClientId => null;
        public bool IsOperator => false;
    }

    public static async Task RunAsync(string platformConnection, string output)
    {
        var configuration = CliApp.LoadConfiguration(new Dictionary<string, string?> { ["ConnectionStrings:Platform"] = platformConnection });
        await using var operatorServices = CliApp.BuildServices(configuration);
        await operatorServices.SendAsync(null, new MigrateTenantsCommand());
        var subdomain = $"bench-mcp-{Guid.NewGuid():N}"[..20];
        await operatorServices.SendAsync(null, new ProvisionTenantCommand(subdomain, "Benchmark Studio", "Europe/Paris"));
        var tokenizer = TiktokenTokenizer.CreateForEncoding("o200k_base");

        var rows = new List<string>();
        var tokens = new Dictionary<AccountRole, int>();
        foreach (var role in new[] { AccountRole.Owner, AccountRole.Manager, AccountRole.Engineer })
        {
            await using var services = CliApp.BuildServices(configuration, configure: s => s.AddSingleton<ICurrentUser>(new Staff(role)));
            var list = StudioMcpServer.ToolsList(await services.SendAsync(subdomain, new ListAgentToolsQuery()));
            tokens[role] = tokenizer.CountTokens(JsonSerializer.Serialize(list, McpJsonUtilities.DefaultOptions));
            rows.Add($"| MCP `tools/list`, {role} | {list.Tools.Count} | {tokens[role]} |");
        }

        // What the assistant offers its model: for the benchmark's question (reading functions), and for a message that
        // touches everything (every function the Owner may use).
        await using var ownerServices = CliApp.BuildServices(configuration, configure: s => s.AddSingleton<ICurrentUser>(new Staff(AccountRole.Owner)));
        await using var scope = ownerServices.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TenantScope>().EnterAsync(subdomain, allowSuspended: false, CancellationToken.None);
        var toolbox = scope.ServiceProvider.GetRequiredService<IAgentToolbox>();
        var question = ToolSelection.For(AssistantBenchmark.Question, []);
        var offered = toolbox.Describe(AssistantFunctions.Offered(question, AccountRole.Owner));
        var everything = toolbox.Describe(AssistantFunctions.Offered(Enum.GetValues<FunctionCue>().ToHashSet(), AccountRole.Owner));
        int OpenAiTokens(IReadOnlyList<AgentTool> tools) => tokenizer.CountTokens(JsonSerializer.Serialize(
            tools.Select(t => new { type = "function", function = new { name = t.Name, description = t.Description, parameters = t.InputSchema } })));
        var (offeredTokens, everythingTokens) = (OpenAiTokens(offered), OpenAiTokens(everything));

        BenchmarkReport.WriteSection(output, "MCP server: the size of tools/list", $"""
            `build/bench-mcp.sh` — the `tools/list` answer each role's credential gets from a studio's MCP server, built and
            serialized as the server does (`StudioMcpServer.ToolsList`, the SDK's JSON options), against the tools the built-in
            assistant offers its model (the `tools` array of its request to OpenAI, from the same descriptions and schemas).
            Tokens counted with Microsoft.ML.Tokenizers (o200k_base).

            | what | tools | tokens |
            |---|---|---|
            {string.Join("\n", rows)}
            | baseline: the assistant, for “{AssistantBenchmark.Question}” (reading functions) | {offered.Count} | {offeredTokens} |
            | the assistant, a message touching everything (the Owner's every function) | {everything.Count} | {everythingTokens} |

            **Ratio:** the Owner's `tools/list` is {(double)tokens[AccountRole.Owner] / offeredTokens:0.0}× the assistant's tools for one
            question (an agent lists once per connection, the assistant offers only what the message is about each turn);
            an Engineer's is {(double)tokens[AccountRole.Engineer] / tokens[AccountRole.Owner]:0.00}× the Owner's.

            Measured {DateTimeOffset.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, .NET {Environment.Version}.
            """);
    }
}
