using System.Collections.Concurrent;
using Mediator;
using Microsoft.Extensions.Logging;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Platform.Tenants.MigrateTenants;

/// <summary>
/// Migrates the platform catalog, each server's template, then every ready studio database (or one) with bounded parallelism.
/// One studio's failure is recorded and reported without stopping the others; running it again resumes.
/// </summary>
[RequiresAccess(Access.Platform)]
public sealed record MigrateTenantsCommand(string? Subdomain = null, int Parallelism = 4, IProgress<MigrationResult>? Progress = null)
    : ICommand<MigrationReport>;

public sealed record MigrationResult(string Target, string? ServerKey, bool Succeeded, string? SchemaVersion, string? Error);

public sealed record MigrationReport(MigrationResult Platform, IReadOnlyList<MigrationResult> Templates, IReadOnlyList<MigrationResult> Tenants)
{
    public int Failed => (Platform.Succeeded ? 0 : 1) + Templates.Count(r => !r.Succeeded) + Tenants.Count(r => !r.Succeeded);
    public bool Succeeded => Failed == 0;
}

public sealed class MigrateTenantsCommandHandler(
    IRepository<Organization> organizations,
    ITenantDatabaseProvisioner provisioner,
    ITenantSchemaMigrator migrator,
    TimeProvider clock,
    ILogger<MigrateTenantsCommandHandler> logger) : ICommandHandler<MigrateTenantsCommand, MigrationReport>
{
    public async ValueTask<MigrationReport> Handle(MigrateTenantsCommand command, CancellationToken ct)
    {
        var progress = command.Progress;
        var platform = await RunAsync("platform", null, () => migrator.MigratePlatformAsync(ct), progress);
        if (!platform.Succeeded) return new MigrationReport(platform, [], []);

        var templates = new List<MigrationResult>();
        foreach (var server in provisioner.ServerKeys)
            templates.Add(await RunAsync($"template@{server}", server, () => migrator.MigrateTemplateAsync(server, ct), progress));

        var subdomain = command.Subdomain is null ? null : Domain.Platform.Subdomain.Normalize(command.Subdomain);
        var tenants = await organizations.ListAsync(new ReadyTenantsSpec(subdomain), ct);
        if (subdomain is not null && tenants.Count == 0) throw new NotFoundException("Studio", subdomain);
        var outcomes = new ConcurrentDictionary<Organization, MigrationResult>();
        await Parallel.ForEachAsync(tenants, new ParallelOptions { MaxDegreeOfParallelism = command.Parallelism, CancellationToken = ct },
            async (tenant, token) => outcomes[tenant] = await RunAsync(tenant.Subdomain, tenant.Database!.ServerKey,
                () => migrator.MigrateTenantAsync(tenant.Database!, token), progress));

        // The catalog context is not thread-safe: record outcomes once the parallel part is over.
        foreach (var (tenant, outcome) in outcomes)
        {
            if (outcome.Succeeded) tenant.Database!.RecordMigration(outcome.SchemaVersion, clock.GetUtcNow());
            else tenant.Database!.RecordMigrationFailure(outcome.Error!);
        }
        await organizations.SaveChangesAsync(ct);
        return new MigrationReport(platform, templates, tenants.Select(t => outcomes[t]).ToList());
    }

    private async Task<MigrationResult> RunAsync(string target, string? server, Func<Task<string>> migrate, IProgress<MigrationResult>? progress)
    {
        MigrationResult result;
        try
        {
            result = new MigrationResult(target, server, true, await migrate(), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Migrating {Target} failed", target);
            result = new MigrationResult(target, server, false, null, ex.GetBaseException().Message);
        }
        progress?.Report(result);
        return result;
    }
}
