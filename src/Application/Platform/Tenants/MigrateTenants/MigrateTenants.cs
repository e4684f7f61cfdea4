using System.Collections.Concurrent;
using Mediator;
using Microsoft.Extensions.Logging;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Common.Telemetry;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Platform.Tenants.MigrateTenants;

/// <summary>
/// Migrates the platform catalog, each server's template, then every ready studio database (or one) in parallel —
/// <see cref="Parallelism"/> at once, or as many as the servers' free connections allow (half of them, at most 16).
/// A studio already current costs one query. Each studio's outcome is written to the catalog and reported as soon as it
/// is known, so a run that is stopped keeps what it did and the next one continues; when the token is cancelled no
/// new studio is started and those in flight finish. One studio's failure is recorded without stopping the others.
/// </summary>
[RequiresAccess(Access.Platform)]
public sealed record MigrateTenantsCommand(string? Subdomain = null, int? Parallelism = null, IProgress<MigrationResult>? Progress = null)
    : ICommand<MigrationReport>;

public sealed record MigrationResult(string Target, string? ServerKey, bool Succeeded, string? SchemaVersion, string? Error);

/// <summary>What a run did, how many studios it migrated at once, and whether it was stopped before every studio was done.</summary>
public sealed record MigrationReport(
    MigrationResult Platform, IReadOnlyList<MigrationResult> Templates, IReadOnlyList<MigrationResult> Tenants,
    bool Interrupted = false, int Parallelism = 0)
{
    public int Failed => (Platform.Succeeded ? 0 : 1) + Templates.Count(r => !r.Succeeded) + Tenants.Count(r => !r.Succeeded);
    public bool Succeeded => Failed == 0 && !Interrupted;
}

public sealed class MigrateTenantsCommandHandler(
    IRepository<Organization> organizations,
    ITenantDatabaseProvisioner provisioner,
    ITenantSchemaMigrator migrator,
    TimeProvider clock,
    ILogger<MigrateTenantsCommandHandler> logger) : ICommandHandler<MigrateTenantsCommand, MigrationReport>
{
    private const int MaxParallelism = 16;

    public async ValueTask<MigrationReport> Handle(MigrateTenantsCommand command, CancellationToken ct)
    {
        var progress = command.Progress;
        var platform = await RunAsync("platform", null, () => migrator.MigratePlatformAsync(ct), progress, kind: "platform");
        if (!platform.Succeeded) return new MigrationReport(platform, [], []);

        var templates = new List<MigrationResult>();
        foreach (var server in provisioner.ServerKeys)
            templates.Add(await RunAsync($"template@{server}", server, () => migrator.MigrateTemplateAsync(server, ct), progress, kind: "template"));

        var subdomain = command.Subdomain is null ? null : Domain.Platform.Subdomain.Normalize(command.Subdomain);
        var tenants = await organizations.ListAsync(new ReadyTenantsSpec(subdomain), ct);
        if (subdomain is not null && tenants.Count == 0) throw new NotFoundException("Studio", subdomain);

        var parallelism = Math.Clamp(command.Parallelism ?? await ParallelismAsync(tenants, ct), 1, Math.Max(1, tenants.Count));
        var outcomes = new ConcurrentDictionary<Guid, MigrationResult>();
        using var catalogTurn = new SemaphoreSlim(1);
        var interrupted = false;
        try
        {
            await Parallel.ForEachAsync(tenants, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct },
                async (tenant, _) =>
                {
                    // Started, a studio's migration runs to its end even if the run is being stopped.
                    var outcome = await RunAsync(tenant.Subdomain, tenant.Database!.ServerKey,
                        () => migrator.MigrateTenantAsync(tenant.Database!, CancellationToken.None), progress: null, kind: "studio");
                    await catalogTurn.WaitAsync(CancellationToken.None); // the catalog context is not thread-safe
                    try
                    {
                        await RecordAsync(tenant.Database!, outcome);
                    }
                    finally
                    {
                        catalogTurn.Release();
                    }
                    outcomes[tenant.Id] = outcome;
                    progress?.Report(outcome);
                });
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            interrupted = true;
        }
        return new MigrationReport(platform, templates,
            tenants.Where(t => outcomes.ContainsKey(t.Id)).Select(t => outcomes[t.Id]).ToList(), interrupted, parallelism);
    }

    /// <summary>Written only when something changed: a run over current studios writes nothing.</summary>
    private async Task RecordAsync(TenantDatabase database, MigrationResult outcome)
    {
        if (outcome.Succeeded && database.SchemaVersion == outcome.SchemaVersion && database.MigrationError is null) return;
        if (outcome.Succeeded) database.RecordMigration(outcome.SchemaVersion, clock.GetUtcNow());
        else database.RecordMigrationFailure(outcome.Error!);
        await organizations.SaveChangesAsync(CancellationToken.None);
    }

    /// <summary>Half the connections the busiest server can still open (each migration holds one), from 1 to 16.</summary>
    private async Task<int> ParallelismAsync(IEnumerable<Organization> tenants, CancellationToken ct)
    {
        var free = int.MaxValue;
        foreach (var server in tenants.Select(t => t.Database!.ServerKey).Distinct())
            free = Math.Min(free, await migrator.FreeConnectionsAsync(server, ct));
        return free == int.MaxValue ? 1 : Math.Clamp(free / 2, 1, MaxParallelism);
    }

    private async Task<MigrationResult> RunAsync(
        string target, string? server, Func<Task<string>> migrate, IProgress<MigrationResult>? progress, string kind)
    {
        MigrationResult result;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            result = new MigrationResult(target, server, true, await migrate(), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Migrating {Target} failed", target);
            result = new MigrationResult(target, server, false, null, ex.GetBaseException().Message);
        }
        KeyValuePair<string, object?>[] tags = [RsmMetrics.Tag("target", kind), RsmMetrics.Tag("outcome", result.Succeeded ? "succeeded" : "failed")];
        RsmMetrics.Migrations.Add(1, tags);
        RsmMetrics.MigrationDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, tags);
        progress?.Report(result);
        return result;
    }
}
