namespace RecordingStudio.Domain.Studio;

public enum SessionStatus
{
    Tentative,
    Confirmed,
    Completed,
    Cancelled,
    NoShow,
}

public static class SessionStatusRules
{
    /// <summary>Only cancelled sessions free their room and engineer; a no-show still held the slot.</summary>
    public static bool BlocksSchedule(this SessionStatus status) => status != SessionStatus.Cancelled;

    public static bool IsOpen(this SessionStatus status) => status is SessionStatus.Tentative or SessionStatus.Confirmed;
}
