using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.UnitTests.Domain;

public sealed class SessionTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 14, 0, 0, TimeSpan.Zero);
    private static readonly Guid RoomA = Guid.NewGuid(), RoomB = Guid.NewGuid(), Sam = Guid.NewGuid(), Ana = Guid.NewGuid();

    private static Session Booking(Guid room, Guid? engineer, int fromHour = 14, int toHour = 18) =>
        new(Guid.NewGuid(), room, engineer, new TimeSlot(Start.AddHours(fromHour - 14), Start.AddHours(toHour - 14)), "Take", null);

    [Fact]
    public void Same_room_overlapping_time_collides() =>
        Booking(RoomA, null).CollidesWith(Booking(RoomA, null, 16, 20)).ShouldBeTrue();

    [Fact]
    public void Same_engineer_in_another_room_collides() =>
        Booking(RoomA, Sam).CollidesWith(Booking(RoomB, Sam, 17, 19)).ShouldBeTrue();

    [Fact]
    public void Different_room_and_engineer_do_not_collide() =>
        Booking(RoomA, Sam).CollidesWith(Booking(RoomB, Ana)).ShouldBeFalse();

    [Fact]
    public void Sessions_without_engineer_do_not_collide_through_the_missing_engineer() =>
        Booking(RoomA, null).CollidesWith(Booking(RoomB, null)).ShouldBeFalse();

    [Fact]
    public void Back_to_back_sessions_do_not_collide() =>
        Booking(RoomA, Sam, 10, 14).CollidesWith(Booking(RoomA, Sam, 14, 18)).ShouldBeFalse();

    [Fact]
    public void Cancelled_session_does_not_block()
    {
        var cancelled = Booking(RoomA, Sam);
        cancelled.Cancel();
        Booking(RoomA, Sam).CollidesWith(cancelled).ShouldBeFalse();
    }

    [Fact]
    public void A_session_does_not_collide_with_itself()
    {
        var session = Booking(RoomA, Sam);
        session.CollidesWith(session).ShouldBeFalse();
    }

    [Fact]
    public void New_sessions_are_confirmed_unless_tentative()
    {
        Booking(RoomA, null).Status.ShouldBe(SessionStatus.Confirmed);
        new Session(Guid.NewGuid(), RoomA, null, new TimeSlot(Start, Start.AddHours(1)), null, null, tentative: true)
            .Status.ShouldBe(SessionStatus.Tentative);
    }

    [Fact]
    public void Tentative_session_can_be_confirmed()
    {
        var session = new Session(Guid.NewGuid(), RoomA, null, new TimeSlot(Start, Start.AddHours(1)), null, null, tentative: true);
        session.Confirm();
        session.Status.ShouldBe(SessionStatus.Confirmed);
    }

    [Fact]
    public void Cancelled_session_cannot_be_cancelled_completed_or_rescheduled()
    {
        var session = Booking(RoomA, null);
        session.Cancel();
        Should.Throw<DomainException>(() => session.Cancel()).Code.ShouldBe("invalid_status_transition");
        Should.Throw<DomainException>(() => session.Complete(Start.AddHours(5))).Code.ShouldBe("invalid_status_transition");
        Should.Throw<DomainException>(() => session.Reschedule(new TimeSlot(Start, Start.AddHours(1)))).Code.ShouldBe("invalid_status_transition");
    }

    [Fact]
    public void Session_cannot_be_completed_before_it_starts()
    {
        var session = Booking(RoomA, null);
        Should.Throw<DomainException>(() => session.Complete(Start.AddMinutes(-1))).Code.ShouldBe("session_not_started");
        session.Complete(Start.AddHours(4));
        session.Status.ShouldBe(SessionStatus.Completed);
    }

    [Fact]
    public void Completed_session_cannot_be_cancelled()
    {
        var session = Booking(RoomA, null);
        session.Complete(Start.AddHours(4));
        Should.Throw<DomainException>(() => session.Cancel());
    }

    [Fact]
    public void No_show_is_only_possible_once_started_and_still_blocks_the_slot()
    {
        var session = Booking(RoomA, null);
        Should.Throw<DomainException>(() => session.MarkNoShow(Start.AddHours(-1)));
        session.MarkNoShow(Start.AddMinutes(30));
        session.Status.ShouldBe(SessionStatus.NoShow);
        Booking(RoomA, null).CollidesWith(session).ShouldBeTrue();
    }

    [Fact]
    public void Reschedule_moves_time_room_and_engineer()
    {
        var session = Booking(RoomA, Sam);
        session.Reschedule(new TimeSlot(Start.AddDays(1), Start.AddDays(1).AddHours(2)), RoomB, Ana, changeEngineer: true);
        (session.StartsAt, session.RoomId, session.EngineerId).ShouldBe((Start.AddDays(1), RoomB, (Guid?)Ana));
    }

    private static Session Hold(DateTimeOffset placed, int fromHour = 14, int toHour = 18) =>
        Session.NewHold(Guid.NewGuid(), RoomA, null, new TimeSlot(Start.AddHours(fromHour - 14), Start.AddHours(toHour - 14)), "Album", null,
            placed, placed.AddHours(72));

    [Fact]
    public void Holds_do_not_block_each_other_but_block_a_direct_booking_and_a_hold_cannot_go_over_a_booking()
    {
        var placed = Start.AddDays(-3);
        var (first, second) = (Hold(placed), Hold(placed.AddMinutes(1), 16, 20));
        first.CollidesWith(second).ShouldBeFalse();
        second.CollidesWith(first).ShouldBeFalse();
        Booking(RoomA, null).CollidesWith(first).ShouldBeTrue("a booking made directly is refused over a hold");
        second.CollidesWith(Booking(RoomA, null)).ShouldBeTrue("a hold is refused over a booking");
    }

    [Fact]
    public void A_confirmed_first_hold_stands_ahead_of_holds_placed_after_it_not_of_those_placed_before()
    {
        var placed = Start.AddDays(-3);
        var (earlier, first, later) = (Hold(placed.AddMinutes(-1)), Hold(placed), Hold(placed.AddMinutes(1)));
        first.Confirm();
        first.CollidesWith(later).ShouldBeFalse();
        first.CollidesWith(earlier).ShouldBeTrue();
        later.CollidesWith(first).ShouldBeTrue("a hold is refused over what is now a booking");
    }

    [Fact]
    public void A_hold_is_released_or_challenged_only_as_a_hold_and_a_challenge_never_extends_it()
    {
        var now = Start.AddDays(-3);
        var hold = Hold(now);
        Should.Throw<InvalidStateException>(() => hold.Challenge(now, 2)).Code.ShouldBe("hold_not_first"); // not ranked yet
        hold.PlaceInQueue(1);
        hold.Challenge(now, 2);
        hold.HoldExpiresAt.ShouldBe(now.AddHours(2));
        hold.Challenge(now, 48);
        hold.HoldExpiresAt.ShouldBe(now.AddHours(2));
        hold.HoldHasExpired(now.AddHours(2)).ShouldBeTrue();
        Should.Throw<InvalidStateException>(() => hold.Complete(Start.AddHours(1))).Code.ShouldBe("hold_not_confirmed");
        hold.Release();
        (hold.Status, hold.HoldRank).ShouldBe((SessionStatus.Released, (int?)null));
        Should.Throw<InvalidStateException>(() => hold.Release()).Code.ShouldBe("not_a_hold");
        Should.Throw<InvalidStateException>(() => Booking(RoomA, null).Challenge(now, 2)).Code.ShouldBe("not_a_hold");
    }

    [Theory]
    [InlineData(1, "1st hold"), InlineData(2, "2nd hold"), InlineData(3, "3rd hold"), InlineData(4, "4th hold"),
     InlineData(11, "11th hold"), InlineData(12, "12th hold"), InlineData(13, "13th hold"), InlineData(21, "21st hold"), InlineData(112, "112th hold")]
    public void Holds_are_named_as_studios_say_them(int rank, string name) => Session.HoldName(rank).ShouldBe(name);

    [Fact]
    public void A_new_hold_queues_behind_the_last_one_whatever_its_own_clock_said()
    {
        var placed = Start.AddDays(-3);
        var late = Hold(placed);
        late.QueueBehind(placed, placed.AddSeconds(5));
        late.HeldSince.ShouldBe(placed.AddSeconds(5).AddTicks(10));
        var fine = Hold(placed);
        fine.QueueBehind(placed, placed.AddSeconds(-5));
        fine.HeldSince.ShouldBe(placed);
    }

    [Fact]
    public void A_session_moved_to_another_time_or_room_loses_its_place_in_the_queue_one_stretched_keeps_it()
    {
        var placed = Start.AddDays(-3);
        var stretched = Hold(placed);
        stretched.PlaceInQueue(1);
        stretched.Reschedule(new TimeSlot(Start, Start.AddHours(5)));
        (stretched.HeldSince, stretched.HoldRank).ShouldBe((placed, (int?)1));

        var moved = Hold(placed);
        moved.PlaceInQueue(1);
        moved.Reschedule(new TimeSlot(Start.AddDays(-1), Start.AddDays(-1).AddHours(2)));
        (moved.HeldSince, moved.HoldRank).ShouldBe((null, null));
        moved.HoldExpiresAt.ShouldBe(Start.AddDays(-1), "never after its new start");

        var booked = Hold(placed);
        booked.PlaceInQueue(1);
        booked.Confirm();
        booked.Reschedule(new TimeSlot(Start, Start.AddHours(4)), RoomB);
        booked.HeldSince.ShouldBeNull();
        var laterInRoomB = Session.NewHold(Guid.NewGuid(), RoomB, null, new TimeSlot(Start, Start.AddHours(2)), null, null, placed.AddMinutes(5), placed.AddHours(72));
        booked.CollidesWith(laterInRoomB).ShouldBeTrue("moved there, a booking is refused over a hold placed after it had been held elsewhere");
    }
}
