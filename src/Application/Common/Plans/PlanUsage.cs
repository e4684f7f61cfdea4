using RecordingStudio.Application.Assistant;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Platform.Plans;
using RecordingStudio.Application.Studio.Rooms;
using RecordingStudio.Domain.Assistant;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Common.Plans;

/// <summary>What a plan counts, counted one way for the commands that add to it and for the studio's plan page.</summary>
public sealed class PlanUsage(IReadRepository<Room> rooms, IAccountDirectory accounts, IReadRepository<AssistantMessage> messages, TimeProvider clock)
{
    /// <summary>Rooms taking bookings (one out of service does not count).</summary>
    public Task<int> RoomsAsync(CancellationToken ct) => rooms.CountAsync(new RoomsByNameSpec(includeInactive: false), ct);

    /// <summary>Staff accounts that can sign in or are invited to.</summary>
    public Task<int> StaffAsync(CancellationToken ct) => accounts.ActiveStaffCountAsync(ct);

    /// <summary>The model's answers since the 1st of the month, UTC (commands and canned answers cost nothing).</summary>
    public Task<int> AssistantTurnsAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return messages.CountAsync(new ModelRepliesSinceSpec(new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero)), ct);
    }

    public async Task<PlanUsageDto> AllAsync(CancellationToken ct) =>
        new(await RoomsAsync(ct), await StaffAsync(ct), await AssistantTurnsAsync(ct));
}
