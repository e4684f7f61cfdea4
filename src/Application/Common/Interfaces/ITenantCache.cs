namespace RecordingStudio.Application.Common.Interfaces;

/// <summary>
/// Lets commands that change a studio drop its cached subdomain resolution at once — in this process, and in every
/// running app instance (within a second or two).
/// </summary>
public interface ITenantCache
{
    Task InvalidateAsync(string subdomain, CancellationToken ct);
}
