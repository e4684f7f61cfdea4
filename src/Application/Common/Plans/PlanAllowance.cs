using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Common.Plans;

/// <summary>
/// The studio plan's limits, enforced by the commands that add what a plan counts (a room taking bookings, a staff
/// account, a question to the assistant): one more than the plan allows is 403 <c>plan_limit</c>, naming the plan and
/// what to do. Each count and the addition that follows run under one lock per kind, so a parallel burst cannot slip
/// past the limit. The platform's operator (the CLI) is not limited.
/// </summary>
public sealed class PlanAllowance(ITenantContext tenant, ICurrentUser user, IResourceLocks locks)
{
    private static readonly Guid RoomsLock = new("5b1a3c2e-0d6f-4c1e-9a51-0a7e2f3d4c01");
    private static readonly Guid StaffLock = new("5b1a3c2e-0d6f-4c1e-9a51-0a7e2f3d4c02");
    private static readonly Guid AssistantLock = new("5b1a3c2e-0d6f-4c1e-9a51-0a7e2f3d4c03");

    public enum Counted { Rooms, Staff, AssistantTurns }

    /// <summary>
    /// Runs <paramref name="add"/> if the studio has fewer than its plan allows of <paramref name="kind"/> (as
    /// <paramref name="count"/> says, read under the lock), in one transaction; otherwise refuses.
    /// </summary>
    public async Task<T> WithinAsync<T>(Counted kind, Func<Task<int>> count, Func<Task<T>> add, CancellationToken ct)
    {
        if (user.IsOperator || Limit(kind) is not { } most) return await add();
        var result = default(T)!;
        await locks.RunExclusiveAsync([LockOf(kind)], async () =>
        {
            var current = await count();
            if (current >= most) throw Refusal(kind, most, current);
            result = await add();
        }, ct);
        return result;
    }

    /// <summary>
    /// The check alone, for an addition too slow to hold a lock over (an assistant turn waits seconds for its model):
    /// turns already in flight when the limit is reached may each still finish, no more.
    /// </summary>
    public async Task EnsureAsync(Counted kind, Func<Task<int>> count)
    {
        if (user.IsOperator || Limit(kind) is not { } most) return;
        var current = await count();
        if (current >= most) throw Refusal(kind, most, current);
    }

    private int? Limit(Counted kind) => tenant.Tenant?.Limits is not { } limits ? null : kind switch
    {
        Counted.Rooms => limits.Rooms,
        Counted.Staff => limits.Staff,
        _ => limits.AssistantTurnsPerMonth,
    };

    private static Guid LockOf(Counted kind) => kind switch { Counted.Rooms => RoomsLock, Counted.Staff => StaffLock, _ => AssistantLock };

    private ForbiddenException Refusal(Counted kind, int most, int current)
    {
        var plan = tenant.Tenant?.Limits?.Title ?? "current";
        return new ForbiddenException("plan_limit", kind switch
        {
            Counted.Rooms => new TranslatableText("The {0} plan allows {1} rooms taking bookings and this studio has {2}: choose a larger plan (Plan page, /plan) or take a room out of service.",
                plan, most, current),
            Counted.Staff => new TranslatableText("The {0} plan allows {1} staff accounts and this studio has {2}: choose a larger plan (Plan page, /plan) or deactivate an account.",
                plan, most, current),
            _ => new TranslatableText("The {0} plan allows {1} questions to the assistant a month and this studio has asked {2}: choose a larger plan (Plan page, /plan); the assistant is back on the 1st.",
                plan, most, current),
        });
    }
}
