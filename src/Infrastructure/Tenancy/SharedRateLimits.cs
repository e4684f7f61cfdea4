using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecordingStudio.Infrastructure.Persistence.Platform;

namespace RecordingStudio.Infrastructure.Tenancy;

/// <summary>Whether a request may go on, and if not, when the window it was counted in ends.</summary>
public sealed record RateLimitDecision(bool Allowed, TimeSpan RetryAfter);

/// <summary>
/// Fixed-window request counters in the platform database, so a limit holds across every app instance: one atomic
/// INSERT … ON CONFLICT … RETURNING per counted request (sign-in, signup, assistant turn).
/// </summary>
public sealed class SharedRateLimits(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<RateLimitDecision> HitAsync(string key, int permits, TimeSpan window, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var start = new DateTimeOffset(now.UtcTicks - now.UtcTicks % window.Ticks, TimeSpan.Zero);
        await using var scope = scopes.CreateAsyncScope();
        // ToListAsync: an INSERT … RETURNING cannot be composed over (First/Single would try).
        var hits = (await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Database.SqlQuery<int>($"""
            INSERT INTO rate_limit_windows (key, window_start, hits) VALUES ({key}, {start}, 1)
            ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_windows.hits + 1
            RETURNING hits AS "Value"
            """).ToListAsync(ct))[0];
        return new RateLimitDecision(hits <= permits, start + window - now);
    }
}
