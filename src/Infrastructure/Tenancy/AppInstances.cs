using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecordingStudio.Infrastructure.Persistence.Platform;

namespace RecordingStudio.Infrastructure.Tenancy;

/// <summary>
/// The app instances running against this platform, as the platform database knows them: each one registers with its
/// connection budget and says it is alive every 30 seconds (`rsm doctor` adds up the budgets of those seen lately), and
/// periodic work is claimed per period, so it runs on one instance only.
/// </summary>
public sealed class AppInstances(IServiceScopeFactory scopes, IOptions<TenancyOptions> options, TimeProvider clock)
{
    public static readonly TimeSpan HeartbeatEvery = TimeSpan.FromSeconds(30);
    /// <summary>An instance not heard of for this long is gone.</summary>
    public static readonly TimeSpan SeenWithin = TimeSpan.FromMinutes(2);

    public Guid Id { get; } = Guid.CreateVersion7();

    public Task RegisterAsync(CancellationToken ct) => WithCatalogAsync(async catalog =>
    {
        var now = clock.GetUtcNow();
        catalog.AppInstances.Add(new AppInstance
        {
            Id = Id,
            HostName = Environment.MachineName,
            ProcessId = Environment.ProcessId,
            ConnectionBudget = options.Value.ConnectionBudget,
            StartedAt = now,
            SeenAt = now,
        });
        await catalog.SaveChangesAsync(ct);
    });

    public Task BeatAsync(CancellationToken ct) => WithCatalogAsync(catalog =>
        catalog.AppInstances.Where(i => i.Id == Id).ExecuteUpdateAsync(set => set.SetProperty(i => i.SeenAt, clock.GetUtcNow()), ct));

    public Task UnregisterAsync(CancellationToken ct) => WithCatalogAsync(catalog =>
        catalog.AppInstances.Where(i => i.Id == Id).ExecuteDeleteAsync(ct));

    /// <summary>True for the one instance that claims this job's current period (a row per job and period start).</summary>
    public Task<bool> ClaimAsync(string job, TimeSpan period, CancellationToken ct) => WithCatalogAsync(async catalog =>
    {
        var now = clock.GetUtcNow();
        var start = new DateTimeOffset(now.UtcTicks - now.UtcTicks % period.Ticks, TimeSpan.Zero);
        var claimed = await catalog.Database.ExecuteSqlAsync(
            $"INSERT INTO job_runs (job, period_start) VALUES ({job}, {start}) ON CONFLICT DO NOTHING", ct);
        return claimed == 1;
    });

    /// <summary>Forgets what no one needs any more: rate-limit windows past, instances gone, job periods claimed long ago.</summary>
    public Task HousekeepAsync(CancellationToken ct) => WithCatalogAsync(async catalog =>
    {
        var now = clock.GetUtcNow();
        await catalog.RateLimitWindows.Where(w => w.WindowStart < now.AddDays(-1)).ExecuteDeleteAsync(ct);
        await catalog.AppInstances.Where(i => i.SeenAt < now - SeenWithin * 5).ExecuteDeleteAsync(ct);
        await catalog.JobRuns.Where(r => r.PeriodStart < now.AddDays(-7)).ExecuteDeleteAsync(ct);
    });

    private async Task<T> WithCatalogAsync<T>(Func<PlatformDbContext, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PlatformDbContext>());
    }

    private async Task WithCatalogAsync(Func<PlatformDbContext, Task> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<PlatformDbContext>());
    }
}

/// <summary>Registers this instance, keeps it alive, and runs the platform's housekeeping when its turn comes.</summary>
public sealed class AppInstanceHeartbeat(AppInstances instances, ILogger<AppInstanceHeartbeat> logger) : BackgroundService
{
    private static readonly TimeSpan HousekeepingPeriod = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var registered = false;
        using var timer = new PeriodicTimer(AppInstances.HeartbeatEvery);
        try
        {
            do
            {
                try
                {
                    if (registered) await instances.BeatAsync(stoppingToken);
                    else await instances.RegisterAsync(stoppingToken);
                    registered = true;
                    if (await instances.ClaimAsync("housekeeping", HousekeepingPeriod, stoppingToken)) await instances.HousekeepAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "The instance heartbeat failed; trying again in {Seconds} s", AppInstances.HeartbeatEvery.TotalSeconds);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await instances.UnregisterAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not unregister this instance; it drops out of `rsm doctor` in a few minutes");
        }
    }
}
