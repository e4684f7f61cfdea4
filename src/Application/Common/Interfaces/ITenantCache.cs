namespace RecordingStudio.Application.Common.Interfaces;

/// <summary>Lets commands that change a studio drop its cached subdomain resolution at once.</summary>
public interface ITenantCache
{
    void Invalidate(string subdomain);
}
