using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Settings;

public static class StudioSettingsRepositoryExtensions
{
    /// <summary>Every provisioned studio has its settings row; a missing one means a broken database, not bad input.</summary>
    public static async Task<StudioSettings> GetStudioSettingsAsync(this IReadRepository<StudioSettings> settings, CancellationToken ct) =>
        await settings.GetByIdAsync(StudioSettings.SingletonId, ct)
        ?? throw new InvalidOperationException("The studio database has no settings row; it was not provisioned completely.");
}
