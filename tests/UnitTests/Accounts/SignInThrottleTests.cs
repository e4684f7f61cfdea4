using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.UnitTests.Accounts;

public sealed class SignInThrottleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Fifth_failure_locks_for_fifteen_minutes()
    {
        var throttle = new SignInThrottle("lena@example.com", "10.0.0.1");
        for (var i = 1; i <= 4; i++)
        {
            throttle.RecordFailure(Now);
            throttle.AttemptsRemaining.ShouldBe(5 - i);
            throttle.IsLocked(Now).ShouldBeFalse();
        }
        throttle.RecordFailure(Now);
        throttle.IsLocked(Now).ShouldBeTrue();
        throttle.LockedUntil.ShouldBe(Now.AddMinutes(15));
        throttle.IsLocked(Now.AddMinutes(15)).ShouldBeFalse();
    }

    [Fact]
    public void A_lapsed_lock_starts_a_fresh_count()
    {
        var throttle = new SignInThrottle("lena@example.com", "10.0.0.1");
        for (var i = 0; i < 5; i++) throttle.RecordFailure(Now);
        throttle.RecordFailure(Now.AddMinutes(16));
        throttle.IsLocked(Now.AddMinutes(16)).ShouldBeFalse();
        throttle.AttemptsRemaining.ShouldBe(4);
    }
}
