using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.UnitTests.Domain;

public sealed class TimeSlotTests
{
    private static readonly DateTimeOffset Nine = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static TimeSlot Slot(int fromHour, int toHour) => new(Nine.AddHours(fromHour - 9), Nine.AddHours(toHour - 9));

    [Theory]
    [InlineData(9, 12, 11, 14, true)]   // partial overlap
    [InlineData(9, 18, 11, 14, true)]   // contains
    [InlineData(11, 14, 9, 18, true)]   // contained
    [InlineData(9, 12, 12, 14, false)]  // back to back
    [InlineData(12, 14, 9, 12, false)]  // back to back, other order
    [InlineData(9, 10, 15, 16, false)]  // apart
    public void Overlap_is_half_open(int aFrom, int aTo, int bFrom, int bTo, bool overlaps)
    {
        Slot(aFrom, aTo).Overlaps(Slot(bFrom, bTo)).ShouldBe(overlaps);
        Slot(bFrom, bTo).Overlaps(Slot(aFrom, aTo)).ShouldBe(overlaps);
    }

    [Fact]
    public void End_must_be_after_start() =>
        Should.Throw<DomainException>(() => new TimeSlot(Nine, Nine)).Code.ShouldBe("invalid_time_range");

    [Fact]
    public void Instants_are_stored_in_utc()
    {
        var slot = new TimeSlot(new DateTimeOffset(2026, 12, 1, 14, 0, 0, TimeSpan.FromHours(1)),
            new DateTimeOffset(2026, 12, 1, 18, 0, 0, TimeSpan.FromHours(1)));
        slot.Start.Offset.ShouldBe(TimeSpan.Zero);
        slot.Start.Hour.ShouldBe(13);
        slot.Duration.ShouldBe(TimeSpan.FromHours(4));
    }

    [Fact]
    public void Instants_are_kept_to_the_microsecond_as_postgresql_stores_them()
    {
        Should.Throw<DomainException>(() => new TimeSlot(Nine.AddTicks(1), Nine.AddTicks(2))).Code.ShouldBe("invalid_time_range");
        var slot = new TimeSlot(Nine.AddTicks(7), Nine.AddHours(1).AddTicks(15));
        (slot.Start, slot.End).ShouldBe((Nine, Nine.AddHours(1).AddMicroseconds(1)));
    }
}
