using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RecordingStudio.Application.Common.Telemetry;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Studio.Sessions.Timers;
using RecordingStudio.Infrastructure.Persistence.Platform;
using RecordingStudio.Infrastructure.Tenancy;

namespace RecordingStudio.Infrastructure.Background;

/// <summary>
/// Runs the timed work of every studio when it falls due (hold expiry and promotion, reminders), on every app
/// instance: each claims due wake-ups with FOR UPDATE SKIP LOCKED and a lease, so one instance takes each, and one that
/// dies mid-work leaves it to another when the lease ends. The cost follows the work that is due, not the number of
/// studios: idle studios are never visited. The work itself is idempotent (decided from the record under its lock),
/// so a wake-up run twice after a crash does nothing the second time.
/// </summary>
public sealed class DueWorkRunner(IServiceScopeFactory scopes, IOptions<TenancyOptions> options, TimeProvider clock, ILogger<DueWorkRunner> logger)
    : BackgroundService
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private const int Batch = 20, MaxAttempts = 12;

    private sealed record Claimed(long Id, Guid SubjectId, string Subdomain, int Attempts, DateTimeOffset DueAt);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(options.Value.DueWorkPollSeconds);
        if (period <= TimeSpan.Zero)
        {
            logger.LogInformation("Timed work is not run by this instance (Tenancy:DueWorkPollSeconds is 0)");
            return;
        }
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    while (await RunDueAsync(stoppingToken) == Batch) { } // more may be waiting
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Running the studios' due work failed; trying again shortly");
                }
                await Task.Delay(period, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what this instance claimed and did not finish is taken again when its lease ends.
        }
    }

    /// <summary>Claims and runs a batch of due wake-ups; returns how many it claimed.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var claimed = await ClaimAsync(ct);
        foreach (var work in claimed)
        {
            RsmMetrics.DueWorkLag.Record((clock.GetUtcNow() - work.DueAt).TotalSeconds);
            string? failure = null;
            var retryIn = TimeSpan.Zero;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<TenantScope>().EnterAsync(work.Subdomain, allowSuspended: false, ct);
                await scope.ServiceProvider.GetRequiredService<SessionTimers>().RunDueAsync(work.SubjectId, ct);
            }
            catch (TenantUnavailableException ex) when (ex.Code == "studio_not_found")
            {
                logger.LogInformation("Dropping due work {Work} of {Studio}: {Reason}", work.Id, work.Subdomain, ex.Message);
            }
            catch (TenantUnavailableException ex) when (ex.Code == "studio_suspended")
            {
                // Nothing is sent for a suspended studio; its work waits for it to be resumed.
                (failure, retryIn) = (ex.Message, TimeSpan.FromHours(1));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                if (work.Attempts >= MaxAttempts)
                    logger.LogError(ex, "Giving up due work {Work} of {Studio} for {Subject} after {Attempts} attempts", work.Id, work.Subdomain, work.SubjectId, work.Attempts);
                else
                {
                    logger.LogWarning(ex, "Due work {Work} of {Studio} failed (attempt {Attempts}); retrying", work.Id, work.Subdomain, work.Attempts);
                    (failure, retryIn) = (ex.Message, TimeSpan.FromSeconds(Math.Min(3600, 15 * Math.Pow(2, work.Attempts))));
                }
            }
            await FinishAsync(work, failure, retryIn, ct);
        }
        return claimed.Count;
    }

    private async Task<List<Claimed>> ClaimAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var now = clock.GetUtcNow();
        var leaseEnd = now + Lease;
        // SKIP LOCKED: instances polling at once take different rows; the lease keeps them taken after this commits.
        // Columns are read by the snake_case names of Claimed's properties (the context's naming convention).
        return await catalog.Database.SqlQuery<Claimed>($"""
            WITH claimed AS (
                UPDATE due_work SET claimed_until = {leaseEnd}, attempts = attempts + 1
                WHERE id IN (SELECT id FROM due_work
                             WHERE due_at <= {now} AND (claimed_until IS NULL OR claimed_until < {now})
                             ORDER BY due_at LIMIT {Batch} FOR UPDATE SKIP LOCKED)
                RETURNING id, organization_id, subject_id, attempts, due_at)
            SELECT c.id, c.subject_id, o.subdomain, c.attempts, c.due_at
            FROM claimed c JOIN organizations o ON o.id = c.organization_id
            """).ToListAsync(ct);
    }

    private async Task FinishAsync(Claimed work, string? failure, TimeSpan retryIn, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        if (failure is null)
            await catalog.DueWork.Where(w => w.Id == work.Id).ExecuteDeleteAsync(ct);
        else
        {
            var dueAt = clock.GetUtcNow() + retryIn;
            var error = failure.Length > 1000 ? failure[..1000] : failure;
            await catalog.DueWork.Where(w => w.Id == work.Id).ExecuteUpdateAsync(set => set
                .SetProperty(w => w.DueAt, dueAt).SetProperty(w => w.ClaimedUntil, (DateTimeOffset?)null).SetProperty(w => w.LastError, error), ct);
        }
    }
}
