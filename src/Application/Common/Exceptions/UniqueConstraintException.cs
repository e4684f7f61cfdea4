namespace RecordingStudio.Application.Common.Exceptions;

/// <summary>Raised by the persistence layer when a unique index refused a row (a race on a name that must be unique).</summary>
public sealed class UniqueConstraintException(string constraint, Exception inner)
    : Exception($"A unique constraint refused the change ({constraint}).", inner)
{
    public string Constraint { get; } = constraint;
}
