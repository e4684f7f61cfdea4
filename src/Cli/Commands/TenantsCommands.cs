using Microsoft.Extensions.DependencyInjection;
using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using RecordingStudio.Application.Platform.Tenants.GetTenants;
using RecordingStudio.Application.Platform.Tenants.MigrateTenants;
using RecordingStudio.Application.Platform.Tenants.ProvisionTenant;

namespace RecordingStudio.Cli.Commands;

public static class TenantsCommands
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Command Build(CliContext context)
    {
        var tenants = new Command("tenants", "Create, list, migrate, suspend and resume studios.");
        tenants.Subcommands.Add(Create(context));
        tenants.Subcommands.Add(List(context));
        tenants.Subcommands.Add(Migrate(context));
        TenantLifecycleCommands.AddTo(tenants, context);
        TenantBackupCommands.AddTo(tenants, context);
        return tenants;
    }

    private static Command Create(CliContext context)
    {
        var subdomain = new Option<string>("--subdomain") { Description = "The studio's subdomain, e.g. maraboo (with --count, the prefix of each)", Required = true };
        var name = new Option<string>("--name") { Description = "The studio's display name", Required = true };
        var timeZone = new Option<string>("--time-zone") { Description = "IANA time zone", DefaultValueFactory = _ => "UTC" };
        var currency = new Option<string>("--currency") { Description = "ISO 4217 currency", DefaultValueFactory = _ => "EUR" };
        var count = new Option<int>("--count") { Description = "Create this many studios, <subdomain>-0001 on (load tests, bulk imports)", DefaultValueFactory = _ => 1 };
        var ownerEmail = new Option<string?>("--owner-email") { Description = "Also create an Owner account; {subdomain} is replaced, e.g. owner@{subdomain}.test" };
        var ownerPassword = new Option<string?>("--owner-password") { Description = "The Owner's password (with --owner-email)" };
        var language = new Option<string?>("--language") { Description = "What the studio speaks to whoever has not chosen: " + string.Join(", ", Application.Resources.Languages.Supported) + " (default en)" };
        var command = new Command("create", "Provision new studio databases from the template.")
            { subdomain, name, timeZone, currency, count, ownerEmail, ownerPassword, language };
        command.SetAction((parse, ct) => context.RunAsync(async (services, _) =>
        {
            var many = parse.GetValue(count);
            if (many is < 1 or > 10_000) throw new ArgumentException("--count is from 1 to 10000.");
            var (email, password) = (parse.GetValue(ownerEmail), parse.GetValue(ownerPassword));
            if (email is not null && password is null) throw new ArgumentException("--owner-email needs --owner-password.");
            var failures = 0;
            var output = new Lock();
            // Four at a time, each in a scope of its own (a scope's database context serves one command at a time).
            await Parallel.ForEachAsync(Enumerable.Range(1, many), new ParallelOptions { MaxDegreeOfParallelism = Math.Min(4, many), CancellationToken = ct },
                async (i, token) =>
                {
                    var studio = many == 1 ? parse.GetValue(subdomain)! : $"{parse.GetValue(subdomain)}-{i:D4}";
                    var owner = email is null ? null : new StudioOwner("Owner", email.Replace("{subdomain}", studio, StringComparison.Ordinal), password!);
                    await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
                    string line;
                    try
                    {
                        var tenant = await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(new ProvisionTenantCommand(studio,
                            many == 1 ? parse.GetValue(name)! : $"{parse.GetValue(name)} {i}", parse.GetValue(timeZone)!, parse.GetValue(currency)!, owner, parse.GetValue(language)), token);
                        line = Paint.Ok(context.Output, $"Created studio '{tenant.Subdomain}' ({tenant.Name}) on server {tenant.ServerKey}, database {tenant.DatabaseName}.");
                    }
                    catch (Exception ex) when (many > 1 && ex is not OperationCanceledException)
                    {
                        Interlocked.Increment(ref failures);
                        line = Paint.Failed(context.Output, $"FAILED  {studio}: {CliContext.Describe(ex)}");
                    }
                    lock (output) context.Output.WriteLine(line);
                });
            if (many > 1) await context.Output.WriteLineAsync($"{many - failures} of {many} studio(s) created.");
            return failures == 0 ? 0 : 1;
        }, ct));
        return command;
    }

    private static Command List(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        var command = new Command("list", "List every studio with its state and schema version.") { json };
        command.SetAction((parse, ct) => context.RunAsync(async (_, sender) =>
        {
            var tenants = await sender.Send(new GetTenantsQuery(IncludeSizes: true), ct);
            if (parse.GetValue(json))
            {
                await context.Output.WriteLineAsync(JsonSerializer.Serialize(tenants, Json));
                return 0;
            }
            ConsoleTables.Write(context.Output,
                ["SUBDOMAIN", "NAME", "PLAN", "STATUS", "TRIAL END", "SERVER", "SCHEMA", "SIZE", "LAST ACTIVITY"],
                tenants.Select(t => (IReadOnlyList<string>)
                [
                    t.Subdomain, Truncate(t.Name, 28), t.RequestedPlan is { } asked ? $"{t.Plan}→{asked}?" : t.Plan, t.ProvisioningState == Domain.Platform.ProvisioningState.Ready ? t.Status.ToString() : t.ProvisioningState.ToString()!,
                    t.TrialEndsAt?.ToString("yyyy-MM-dd") ?? "-", t.ServerKey ?? "-", t.SchemaVersion ?? "-", ConsoleTables.Size(t.DatabaseBytes),
                    t.LastActivityAt?.ToString("yyyy-MM-dd HH:mm") ?? "never",
                ]), secondary: new HashSet<string> { "SERVER", "SCHEMA", "SIZE", "LAST ACTIVITY" });
            await context.Output.WriteLineAsync($"{tenants.Count} studio(s).");
            return 0;
        }, ct));
        return command;
    }

    private static Command Migrate(CliContext context)
    {
        var studio = StudioOption.Optional("Only this studio (subdomain)");
        var parallel = new Option<int?>("--parallel") { Description = "Studios migrated at once (default: from the servers' free connections, at most 16)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only list the pending migrations" };
        var command = new Command("migrate", "Migrate the platform database, the templates, then every studio database. Ctrl-C stops after the studios in flight; run it again to continue.")
            { studio, parallel, dryRun };
        command.SetAction((parse, ct) => parse.GetValue(dryRun) ? DbCommands.PrintStatusAsync(context, parse.GetValue(studio), false, ct) : context.RunAsync(async (_, sender) =>
        {
            var report = await sender.Send(new MigrateTenantsCommand(parse.GetValue(studio), parse.GetValue(parallel), new ResultLines(context.Output)), ct);
            await context.Output.WriteLineAsync(
                $"{report.Tenants.Count(r => r.Succeeded)} of {report.Tenants.Count} studio(s) migrated ({report.Parallelism} at a time), {report.Failed} failure(s)." +
                (report.Interrupted ? " Stopped before the end: run it again to continue." : ""));
            return report.Interrupted ? 130 : report.Succeeded ? 0 : 1;
        }, ct));
        return command;
    }

    /// <summary>
    /// Each outcome printed as soon as it is known (and already in the catalog), on a terminal or not: a long run shows
    /// where it is, and what a stopped run did stays on the screen. Written at once, in order (Progress&lt;T&gt; would post).
    /// </summary>
    private sealed class ResultLines(TextWriter output) : IProgress<MigrationResult>
    {
        private readonly Lock _gate = new();

        public void Report(MigrationResult result)
        {
            lock (_gate)
            {
                output.WriteLine(result.Succeeded ? Paint.Ok(output, $"ok      {result.Target} ({result.SchemaVersion})") : Paint.Failed(output, $"FAILED  {result.Target}: {result.Error}"));
                output.Flush();
            }
        }
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";
}
