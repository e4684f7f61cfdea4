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

    [Fact]
    public void An_end_at_or_before_the_start_is_the_next_morning()
    {
        var night = _paris.Slot(new DateOnly(2026, 12, 4), new TimeOnly(22, 0), new TimeOnly(2, 0));
        (night.Start, night.End).ShouldBe((new DateTimeOffset(2026, 12, 4, 21, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 5, 1, 0, 0, TimeSpan.Zero)));
        _paris.Slot(new DateOnly(2026, 12, 4), new TimeOnly(10, 0), new TimeOnly(10, 0)).Duration.ShouldBe(TimeSpan.FromHours(24));
        _paris.Slot(new DateOnly(2026, 12, 4), new TimeOnly(10, 0), new TimeOnly(14, 0)).Duration.ShouldBe(TimeSpan.FromHours(4));
    }

    [Theory]
    [InlineData(2027, 3, 27, 5)]   // the clocks go forward at 02:00 on Sunday 28 March: an hour less
    [InlineData(2027, 10, 30, 7)]  // and back at 03:00 on Sunday 31 October: an hour more
    [InlineData(2027, 6, 12, 6)]   // an ordinary summer night
    public void A_night_across_a_daylight_saving_change_lasts_what_the_clocks_say(int year, int month, int day, int hours)
    {
        var night = _paris.Slot(new DateOnly(year, month, day), new TimeOnly(22, 0), new TimeOnly(4, 0));
        night.Duration.ShouldBe(TimeSpan.FromHours(hours));
        _paris.ToLocal(night.Start).Hour.ShouldBe(22);
        _paris.ToLocal(night.End).Hour.ShouldBe(4);
    }

    [Fact]
    public void A_zone_without_daylight_saving_keeps_every_night_the_same()
    {
        var tokyo = new StudioCalendar("Asia/Tokyo");
        foreach (var day in new[] { new DateOnly(2027, 3, 27), new DateOnly(2027, 10, 30) })
        {
            var night = tokyo.Slot(day, new TimeOnly(22, 0), new TimeOnly(2, 0));
            night.Start.ShouldBe(new DateTimeOffset(day.ToDateTime(new TimeOnly(13, 0)), TimeSpan.Zero));
            night.Duration.ShouldBe(TimeSpan.FromHours(4));
        }
    }

    [Fact]
    public void A_lockout_runs_from_its_first_day_to_its_last()
    {
        var lockout = _paris.Slot(new DateOnly(2026, 12, 7), new TimeOnly(10, 0), new TimeOnly(18, 0), endDay: new DateOnly(2026, 12, 11));
        _paris.DateOf(lockout.Start).ShouldBe(new DateOnly(2026, 12, 7));
        _paris.DateOf(lockout.End).ShouldBe(new DateOnly(2026, 12, 11));
        lockout.Duration.ShouldBe(TimeSpan.FromHours(4 * 24 + 8));
    }
}
