using System.CommandLine;
using System.Text.Json;
using RecordingStudio.Application.Platform.Tenants.GetSchemaStatus;

namespace RecordingStudio.Cli.Commands;

/// <summary>`rsm db status`: pending migrations everywhere, without changing anything.</summary>
public static class DbCommands
{
    public static Command Build(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var status = new Command("status", "Pending migrations of the platform database, the templates and each studio.") { json };
        status.SetAction((parse, ct) => PrintStatusAsync(context, null, parse.GetValue(json), ct));
        return new Command("db", "The databases' schema.") { status };
    }

    /// <summary>Shared with `tenants migrate --dry-run`. Exit code 1 when a database could not be read.</summary>
    public static Task<int> PrintStatusAsync(CliContext context, string? subdomain, bool json, CancellationToken ct) =>
        context.RunAsync(async (_, sender) =>
        {
            var status = await sender.Send(new GetSchemaStatusQuery(subdomain), ct);
            if (json) await context.Output.WriteLineAsync(JsonSerializer.Serialize(status, TenantsCommands.Json));
            else
                foreach (var s in status)
                    await context.Output.WriteLineAsync(s.Error is not null ? $"ERROR    {s.Target}: {s.Error}"
                        : s.Pending.Count == 0 ? $"current  {s.Target}"
                        : $"pending  {s.Target}: {string.Join(", ", s.Pending)}");
            await context.Output.WriteLineAsync(
                $"{status.Count(s => s.Pending.Count > 0)} database(s) with pending migrations, {status.Count(s => s.Error is not null)} unreadable.");
            return status.Any(s => s.Error is not null) ? 1 : 0;
        }, ct);
}
