using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Common.Exceptions;

/// <summary>No valid credential for this studio (401).</summary>
public sealed class UnauthenticatedException() : Exception(Sentence), ITranslatableMessage
{
    private const string Sentence = "Sign in to this studio first.";

    public string Template => Sentence;
    public IReadOnlyList<object?> Arguments => [];
}
