namespace RecordingStudio.Application.Common.Exceptions;

/// <summary>No valid credential for this studio (401).</summary>
public sealed class UnauthenticatedException() : Exception("Sign in to this studio first.");
