using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.UnitTests.Domain;

/// <summary>Deposits (a share or an amount, due after booking or before the session) and cancellation terms (a fee within the window, the deposit kept).</summary>
public sealed class MoneyPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    private static Session Booked(decimal gross, double hoursAhead, DepositPolicy? deposit = null)
    {
        var start = Now.AddHours(hoursAhead);
        var session = new Session(Guid.NewGuid(), Guid.NewGuid(), null, new TimeSlot(start, start.AddHours(2)), "Vocals", null);
        session.SetPrice(SessionPricing.Finish(gross, "2 h", 0, false, "EUR"));
        session.AskDeposit(deposit, Now);
        return session;
    }

    [Fact]
    public void A_deposit_is_a_share_rounded_to_the_currency_or_an_amount_never_more_than_the_price()
    {
        DepositPolicy.Of(30, null, 7, DepositDueFrom.Booking)!.For(333.33m, "EUR", Now, Now.AddDays(30)).ShouldBe((100m, Now.AddDays(7)));
        DepositPolicy.Of(null, 500, 7, DepositDueFrom.Booking)!.For(120m, "EUR", Now, Now.AddDays(30)).Amount.ShouldBe(120m);
        DepositPolicy.Of(null, null, 7, DepositDueFrom.Booking).ShouldBeNull();
        Should.Throw<DomainException>(() => DepositPolicy.Of(30, 50, 7, DepositDueFrom.Booking)).Code.ShouldBe("invalid_deposit_policy");
    }

    [Fact]
    public void It_falls_due_days_after_booking_or_before_the_session_and_never_sooner_than_a_day_after_booking()
    {
        var policy = DepositPolicy.Of(30, null, 14, DepositDueFrom.Session)!;
        policy.DueAt(Now, Now.AddDays(30)).ShouldBe(Now.AddDays(16));
        policy.DueAt(Now, Now.AddDays(10)).ShouldBeNull("14 days before a session 10 days away has passed: nothing to release on");
        DepositPolicy.Of(30, null, 7, DepositDueFrom.Booking)!.DueAt(Now, Now.AddDays(3)).ShouldBe(Now.AddDays(3), "never after the session starts");
    }

    [Fact]
    public void A_deposit_is_asked_once_paid_in_parts_and_overdue_only_unpaid_past_its_due_time_before_the_session()
    {
        var session = Booked(200m, 24 * 10, DepositPolicy.Of(50, null, 2, DepositDueFrom.Booking));
        (session.DepositAmount, session.DepositDueAt).ShouldBe((100m, Now.AddDays(2)));
        session.AskDeposit(DepositPolicy.Of(10, null, 1, DepositDueFrom.Booking), Now);
        session.DepositAmount.ShouldBe(100m, "asked once, at booking");
        session.DepositOverdue(Now.AddDays(2)).ShouldBeTrue();
        session.RecordDeposit(60m, PaymentMethod.Transfer, DateOnly.FromDateTime(Now.Date), "VIR");
        session.DepositOverdue(Now.AddDays(2)).ShouldBeTrue("40 are still missing");
        Should.Throw<InvalidStateException>(() => session.RecordDeposit(140.01m, PaymentMethod.Cash, DateOnly.FromDateTime(Now.Date), null)).Code.ShouldBe("deposit_exceeds_price");
        session.RecordDeposit(40m, PaymentMethod.Cash, DateOnly.FromDateTime(Now.Date), null);
        (session.DepositIsPaid, session.DepositOverdue(Now.AddDays(3))).ShouldBe((true, false));
    }

    [Theory]
    [InlineData(72, false, 0, 0)]
    [InlineData(47, true, 100, 0)]
    [InlineData(1, true, 100, 0)]
    public void Within_the_window_the_fee_is_a_share_of_the_price(double hoursAhead, bool within, decimal fee, decimal kept)
    {
        var terms = CancellationTerms.For(Booked(200m, hoursAhead), CancellationPolicy.Of(48, 50, keepDeposit: false), Now);
        (terms.WithinWindow, terms.Fee, terms.DepositKept).ShouldBe((within, fee, kept));
    }

    [Fact]
    public void The_charge_is_the_fee_or_the_deposit_kept_whichever_is_more_and_a_hold_costs_nothing()
    {
        var session = Booked(200m, 10, DepositPolicy.Of(null, 150, 0, DepositDueFrom.Booking));
        session.RecordDeposit(150m, PaymentMethod.Transfer, DateOnly.FromDateTime(Now.Date), null);
        var terms = CancellationTerms.For(session, CancellationPolicy.Of(24, 25, keepDeposit: true), Now);
        (terms.Fee, terms.DepositKept, terms.Charge).ShouldBe((50m, 150m, 150m));
        terms.Summary.ShouldBe("Cancelled 10 h before the session (less than 24 h): a fee of 50.00 EUR (25 %), the deposit of 150.00 EUR is kept.");
        CancellationTerms.For(session, null, Now).Summary.ShouldBe("No cancellation fee.");

        var hold = Session.NewHold(Guid.NewGuid(), Guid.NewGuid(), null, new TimeSlot(Now.AddHours(5), Now.AddHours(7)), null, null, Now, Now.AddHours(1));
        CancellationTerms.For(hold, CancellationPolicy.Of(24, 100, keepDeposit: true), Now).Charge.ShouldBe(0m);
    }
}
