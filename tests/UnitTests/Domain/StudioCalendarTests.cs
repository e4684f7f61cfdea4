using RecordingStudio.Domain.Studio;

namespace RecordingStudio.UnitTests.Domain;

public sealed class StudioCalendarTests
{
    private readonly StudioCalendar _paris = new("Europe/Paris");

    [Fact]
    public void Today_runs_from_local_midnight_to_local_midnight_in_utc()
    {
        // 23:30 UTC on 30 Nov is already 1 Dec in Paris (UTC+1).
        var today = _paris.Today(new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero));
        today.Start.ShouldBe(new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero));
        today.End.ShouldBe(new DateTimeOffset(2026, 12, 1, 23, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Spring_forward_day_has_23_hours() =>
        _paris.Day(new DateOnly(2026, 3, 29)).Duration.ShouldBe(TimeSpan.FromHours(23));

    [Fact]
    public void Fall_back_day_has_25_hours() =>
        _paris.Day(new DateOnly(2026, 10, 25)).Duration.ShouldBe(TimeSpan.FromHours(25));

    [Fact]
    public void Date_of_an_instant_is_the_local_date()
    {
        _paris.DateOf(new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero)).ShouldBe(new DateOnly(2026, 12, 1));
        new StudioCalendar("America/Los_Angeles").DateOf(new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero))
            .ShouldBe(new DateOnly(2026, 11, 30));
    }

    [Fact]
    public void Week_starts_on_monday()
    {
        var week = _paris.Week(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero)); // a Friday
        _paris.DateOf(week.Start).ShouldBe(new DateOnly(2026, 11, 23));
        _paris.DateOf(week.Start).DayOfWeek.ShouldBe(DayOfWeek.Monday);
        week.Duration.ShouldBe(TimeSpan.FromDays(7));
    }

    [Fact]
    public void Local_time_skipped_by_dst_moves_forward()
    {
        // 02:30 does not exist in Paris on 29 March 2026; the first valid instant is 03:00 local = 01:00 UTC.
        _paris.ToUtc(new DateTime(2026, 3, 29, 2, 30, 0)).ShouldBe(new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("Europe/Paris", true)]
    [InlineData("UTC", true)]
    [InlineData("Mars/Olympus", false)]
    [InlineData("", false)]
    public void Knows_iana_time_zones(string id, bool known) => StudioCalendar.IsKnownTimeZone(id).ShouldBe(known);
}
