namespace RecordingStudio.Application.Common.Exceptions;

/// <summary>
/// Raised by the persistence layer when the database's exclusion constraint refused an overlapping booking
/// that slipped past the handler's own check (a concurrent request won the race).
/// </summary>
public sealed class BookingOverlapException(string constraint, Exception inner)
    : Exception($"The booking overlaps another session ({constraint}).", inner)
{
    public string Constraint { get; } = constraint;
}
