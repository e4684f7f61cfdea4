using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Common.Exceptions;

/// <summary>
/// Provisioning stopped part-way; the studio is recorded as Failed and the same request can be retried. The message is
/// for the person who asked (no server detail); the cause, for the operator, is the inner exception and the catalog's
/// last error.
/// </summary>
public sealed class ProvisioningFailedException(string subdomain, Exception inner)
    : Exception(Sentences.English(Sentence, [subdomain]), inner), ITranslatableMessage
{
    private const string Sentence = "Setting up the studio '{0}' did not finish, and nothing of it was kept. Send the same request again in a moment.";

    public string Template => Sentence;
    public IReadOnlyList<object?> Arguments => [Subdomain];

    public string Subdomain { get; } = subdomain;
}
