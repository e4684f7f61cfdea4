namespace RecordingStudio.TestSupport;

/// <summary>
/// The shared rate limits count hits in fixed windows aligned on the clock (a minute starts at :00). A test that counts
/// hits against a per-minute limit starts inside a window with time to spare, so the count cannot be split by the
/// next window's start (which would let one more through and fail the test for no fault of the product).
/// </summary>
public static class RateLimitWindows
{
    public static async Task StartFreshMinuteAsync(TimeSpan? spare = null)
    {
        var needed = spare ?? TimeSpan.FromSeconds(25);
        var now = DateTimeOffset.UtcNow;
        var left = TimeSpan.FromMinutes(1) - TimeSpan.FromTicks(now.UtcTicks % TimeSpan.TicksPerMinute);
        if (left < needed) await Task.Delay(left + TimeSpan.FromMilliseconds(50));
    }
}
