namespace RecordingStudio.Application.Common.Interfaces;

/// <summary>Tells the platform catalog a studio is in use (a sign-in), for the operator's overview.</summary>
public interface IStudioActivity
{
    Task RecordAsync(Guid organizationId, CancellationToken ct);
}
