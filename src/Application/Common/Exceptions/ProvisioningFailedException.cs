namespace RecordingStudio.Application.Common.Exceptions;

/// <summary>Provisioning stopped part-way; the studio is recorded as Failed and the same request can be retried.</summary>
public sealed class ProvisioningFailedException(string subdomain, Exception inner)
    : Exception($"Provisioning studio '{subdomain}' failed: {inner.Message}. It is recorded as Failed; retry the same request.", inner)
{
    public string Subdomain { get; } = subdomain;
}
