using RecordingStudio.Domain.Studio;

namespace RecordingStudio.UnitTests.Domain;

/// <summary>Rate choice, rounding and tax: the cheapest mix of the room's rates, rounded once to the currency's minor unit.</summary>
public sealed class SessionPricingTests
{
    private static readonly RoomRates Blocks = new(80m, HalfDay: 250m, Day: 600m);

    [Theory]
    [InlineData(3, 240, "3 h × 80.00")]
    [InlineData(4, 250, "1 half day × 250.00")]
    [InlineData(5, 330, "1 half day × 250.00 + 1 h × 80.00")]
    [InlineData(9, 580, "2 half days × 250.00 + 1 h × 80.00")]
    [InlineData(10, 600, "1 day × 600.00")]
    [InlineData(11, 680, "1 day × 600.00 + 1 h × 80.00")]
    [InlineData(12, 750, "3 half days × 250.00")]
    [InlineData(1.5, 120, "1.5 h × 80.00")]
    public void The_cheapest_mix_of_day_half_day_and_hourly_rates_wins_and_is_stated(double hours, decimal net, string basis)
    {
        var price = SessionPricing.Price(TimeSpan.FromHours(hours), Blocks, null, 0, false, "EUR");
        (price.Net, price.Gross, price.Basis).ShouldBe((net, net, basis));
    }

    [Fact]
    public void A_room_with_an_hourly_rate_only_is_priced_by_the_hour() =>
        SessionPricing.Price(TimeSpan.FromHours(10), new RoomRates(80m), null, 0, false, "EUR").Net.ShouldBe(800m);

    [Fact]
    public void Tax_is_added_to_net_prices_or_taken_out_of_prices_entered_with_it()
    {
        var added = SessionPricing.Price(TimeSpan.FromHours(3), Blocks, 45m, 20m, pricesIncludeTax: false, "EUR");
        (added.Net, added.Tax, added.Gross).ShouldBe((375m, 75m, 450m));
        added.Basis.ShouldBe("3 h × 80.00 + engineer 3 h × 45.00");

        var included = SessionPricing.Price(TimeSpan.FromHours(1.25), new RoomRates(80m), null, 20m, pricesIncludeTax: true, "EUR");
        (included.Gross, included.Net, included.Tax).ShouldBe((100m, 83.33m, 16.67m));
    }

    [Theory]
    [InlineData("JPY", 5000)]      // 4999.5 rounds away from zero, no minor unit
    [InlineData("EUR", 4999.50)]
    [InlineData("BHD", 4999.500)]
    public void Amounts_are_rounded_once_to_the_currencys_minor_unit(string currency, decimal net) =>
        SessionPricing.Price(TimeSpan.FromHours(1.5), new RoomRates(3333m), null, 0, false, currency).Net.ShouldBe(net);

    [Fact]
    public void A_discount_is_a_percentage_then_an_amount_and_an_own_price_replaces_the_rates()
    {
        var discounted = SessionPricing.Price(TimeSpan.FromHours(4), Blocks, null, 0, false, "EUR", new PriceAdjustment(DiscountPercent: 10, DiscountAmount: 5));
        (discounted.Net, discounted.Basis).ShouldBe((220m, "1 half day × 250.00, −10 %, −5.00"));
        var own = SessionPricing.Price(TimeSpan.FromHours(4), Blocks, 45m, 20m, false, "EUR", new PriceAdjustment(Override: 300));
        (own.Net, own.Gross).ShouldBe((300m, 360m));
        SessionPricing.Price(TimeSpan.FromHours(1), Blocks, null, 0, false, "EUR", new PriceAdjustment(DiscountAmount: 500)).Net.ShouldBe(0m, "never below nothing");
    }
}
