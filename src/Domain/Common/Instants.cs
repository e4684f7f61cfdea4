namespace RecordingStudio.Domain.Common;

public static class Instants
{
    /// <summary>
    /// PostgreSQL keeps instants to the microsecond. Times enter the domain at that precision, so what the application
    /// compares (does the session end after it starts?) is what the database will store and check.
    /// </summary>
    public static DateTimeOffset ToStoredPrecision(this DateTimeOffset value) =>
        value.AddTicks(-(value.Ticks % TimeSpan.TicksPerMicrosecond));
}
