using Microsoft.Extensions.Logging;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Telemetry;
using RecordingStudio.Application.Platform.Tenants.ProvisionTenant;
using RecordingStudio.Domain.Platform;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Platform.Tenants;

/// <summary>
/// Provisioning steps shared by the operator's ProvisionTenantCommand, self-service signup and imports: catalog row
/// (Provisioning) → database → settings and owner → Ready; any failure drops the database and records Failed.
/// </summary>
public sealed class TenantProvisioning(
    IRepository<Organization> organizations,
    IReadRepository<TenantDatabase> databases,
    ITenantDatabaseProvisioner provisioner,
    ITenantSchemaMigrator migrator,
    ITenantBackup backup,
    ITenantCache cache,
    TimeProvider clock,
    ILogger<TenantProvisioning> logger)
{
    private static readonly TimeOnly DefaultOpensAt = new(9, 0);
    private static readonly TimeOnly DefaultClosesAt = new(22, 0);
    private static readonly TimeSpan ProvisioningTimeout = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Once started, the studio is made whatever happens to the request that asked for it (<paramref name="ct"/> is only
    /// honoured before): a signup whose browser went away still ends Ready, or Failed and recorded, and the person sees
    /// it on retry or at the studio's address. It takes a fraction of a second.
    /// </summary>
    public async Task<TenantDto> ProvisionAsync(ProvisionTenantCommand command, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var settings = new StudioSettings(command.Name, command.TimeZone, command.Currency, DefaultOpensAt, DefaultClosesAt);
        // A studio that speaks another language than English writes money its way from the start ("65,00 €"); an
        // English one keeps "65.00 EUR" until it chooses a culture.
        if (command.Language is { Length: > 0 } language && language != Domain.Platform.Organization.DefaultLanguage)
            settings.UpdateCulture(System.Globalization.CultureInfo.CreateSpecificCulture(language).Name);
        // Its own deadline instead: a server that hangs (a lock on the template) fails the studio, recorded, in bounded time.
        using var deadline = new CancellationTokenSource(ProvisioningTimeout);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            var tenant = await RunAsync(command.Subdomain, command.Name, command.TimeZone, command.Language, async database =>
            {
                var version = await provisioner.CreateDatabaseAsync(database, deadline.Token);
                await provisioner.SeedAsync(database, settings, command.Owner, deadline.Token);
                return version;
            }, deadline.Token);
            outcome = "ready";
            return tenant;
        }
        finally
        {
            RsmMetrics.Provisionings.Add(1, RsmMetrics.Tag("outcome", outcome));
            RsmMetrics.ProvisioningDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, RsmMetrics.Tag("outcome", outcome));
        }
    }

    /// <summary>The same steps, filling the new database from an exported studio instead of the template.</summary>
    public Task<TenantDto> ImportAsync(string subdomain, string name, string timeZone, string dumpFile, CancellationToken ct) =>
        RunAsync(subdomain, name, timeZone, language: null, async database =>
        {
            await provisioner.CreateEmptyDatabaseAsync(database, ct);
            await backup.RestoreAsync(database, dumpFile, ct);
            // An export from an older version is brought up to the current schema.
            return await migrator.MigrateTenantAsync(database, ct);
        }, ct);

    private async Task<TenantDto> RunAsync(string requestedSubdomain, string name, string timeZone, string? language,
        Func<TenantDatabase, Task<string>> fill, CancellationToken ct)
    {
        var subdomain = Domain.Platform.Subdomain.Normalize(requestedSubdomain);
        var organization = await RegisterAsync(subdomain, name, timeZone, language ?? Organization.DefaultLanguage, ct);
        var database = organization.Database!;
        try
        {
            database.MarkReady(await fill(database), clock.GetUtcNow());
            await organizations.SaveChangesAsync(ct);
        }
        catch (Exception ex)
        {
            await RecordFailureAsync(database, ex);
            throw new ProvisioningFailedException(subdomain, ex);
        }
        finally
        {
            await cache.InvalidateAsync(subdomain, CancellationToken.None);
        }
        logger.LogInformation("Provisioned studio {Subdomain} on server {Server} as {Database}", subdomain, database.ServerKey, database.DatabaseName);
        return TenantDto.From(organization);
    }

    /// <summary>A new catalog row, or the existing one of a failed attempt, saved as Provisioning before any database work.</summary>
    private async Task<Organization> RegisterAsync(string subdomain, string name, string timeZone, string language, CancellationToken ct)
    {
        var existing = await organizations.FirstOrDefaultAsync(new OrganizationBySubdomainSpec(subdomain), ct);
        if (existing is not null)
        {
            if (existing.Database?.State != ProvisioningState.Failed)
                throw SubdomainTaken(subdomain);
            existing.UpdateProfile(name, timeZone);
            existing.SetLanguage(language);
            existing.Database.Restart();
            await organizations.SaveChangesAsync(ct);
            return existing;
        }

        var organization = new Organization(name, subdomain, timeZone, clock.GetUtcNow());
        organization.SetLanguage(language);
        organization.AttachDatabase(new TenantDatabase(organization.Id, await LeastLoadedServerAsync(ct)));
        organizations.Add(organization);
        try
        {
            await organizations.SaveChangesAsync(ct);
        }
        catch (UniqueConstraintException)
        {
            throw SubdomainTaken(subdomain);
        }
        return organization;
    }

    private async Task<string> LeastLoadedServerAsync(CancellationToken ct)
    {
        var load = (await databases.ListAsync(new OccupiedServerKeysSpec(), ct))
            .GroupBy(key => key).ToDictionary(g => g.Key, g => g.Count());
        return provisioner.ServerKeys.MinBy(key => load.GetValueOrDefault(key))
            ?? throw new InvalidOperationException("No PostgreSQL server is configured under Tenancy:Servers.");
    }

    private async Task RecordFailureAsync(TenantDatabase database, Exception error)
    {
        logger.LogError(error, "Provisioning {Database} failed; removing the half-made database", database.DatabaseName);
        // The caller's token may be what failed; cleanup and the record must still happen.
        try
        {
            await provisioner.DropDatabaseIfExistsAsync(database, CancellationToken.None);
        }
        catch (Exception dropError)
        {
            logger.LogError(dropError, "Could not drop {Database}", database.DatabaseName);
        }
        database.MarkFailed(error.Message);
        await organizations.SaveChangesAsync(CancellationToken.None);
    }

    private static ConflictException SubdomainTaken(string subdomain) =>
        new("subdomain_taken", "The subdomain '{0}' is already taken.", subdomain) { Details = new Dictionary<string, object?> { ["subdomain"] = subdomain } };
}
