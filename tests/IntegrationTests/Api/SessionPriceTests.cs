using System.Net;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Api;

/// <summary>A session carries its price from the rates when booked; a Manager or Owner adjusts it, and who did is kept.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SessionPriceTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_booking_is_priced_from_the_cheapest_room_rate_and_the_engineer_with_the_studios_tax_and_keeps_its_price()
    {
        var studio = await CreateAsync(platform, "price");
        var settings = await (await studio.Http.GetAsync("/api/studio/settings")).ReadAsync<Application.Studio.Settings.StudioSettingsDto>();
        (await studio.Http.PutJsonAsync("/api/studio/settings", settings with { TaxPercent = 20 })).EnsureSuccessStatusCode();
        (await studio.Http.PutJsonAsync($"/api/rooms/{studio.RoomA.Id}", new { name = "Studio A", hourlyRate = 80, halfDayRate = 250, dayRate = 600 })).EnsureSuccessStatusCode();

        var session = await (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, At(10), At(14))).ReadAsync<SessionDto>();
        session.Price.ShouldNotBeNull();
        (session.Price.Net, session.Price.Tax, session.Price.Gross, session.Price.Currency).ShouldBe((430m, 86m, 516m, "EUR"));
        session.Price.Basis.ShouldBe("1 half day × 250.00 + engineer 4 h × 45.00");
        var browser = platform.App.ClientFor(studio.Subdomain);
        await browser.SignInWithCookieAsync(PlatformFixture.OwnerEmail(studio.Subdomain), PlatformFixture.OwnerPassword);
        var page = await browser.GetStringAsync($"/sessions/{session.Id}");
        page.ShouldContain("516.00 EUR (net 430.00, tax 86.00)", Case.Sensitive, page[page.IndexOf("<dl", StringComparison.Ordinal)..][..800]);

        // A rate changed later does not touch a session already booked; moving it prices it again.
        (await studio.Http.PutJsonAsync($"/api/rooms/{studio.RoomA.Id}", new { name = "Studio A", hourlyRate = 90, halfDayRate = 300 })).EnsureSuccessStatusCode();
        (await (await studio.Http.GetAsync($"/api/sessions/{session.Id}")).ReadAsync<SessionDto>()).Price!.Net.ShouldBe(430m);
        var moved = await (await studio.Http.PostJsonAsync($"/api/sessions/{session.Id}/reschedule", new { startsAt = At(10), endsAt = At(12) })).ReadAsync<SessionDto>();
        moved.Price!.Net.ShouldBe(2 * 90m + 2 * 45m);

        var discounted = await (await studio.Http.PutJsonAsync($"/api/sessions/{session.Id}/price", new { discountPercent = 10 })).ReadAsync<SessionDto>();
        (discounted.Price!.Net, discounted.Price.Gross).ShouldBe((243m, 291.6m));
        discounted.Price.Basis.ShouldEndWith(", −10 %");
        var own = await (await studio.Http.PutJsonAsync($"/api/sessions/{session.Id}/price", new { @override = 200 })).ReadAsync<SessionDto>();
        (own.Price!.Net, own.Price.Gross).ShouldBe((200m, 240m));
        (await (await studio.Http.PutJsonAsync($"/api/sessions/{session.Id}/price", new { @override = 200, discountPercent = 5 })).ProblemAsync(400))
            .GetProperty("errors").TryGetProperty("override", out _).ShouldBeTrue();
        (await (await studio.Http.PutJsonAsync($"/api/sessions/{session.Id}/price", new { discountPercent = 150 })).ProblemAsync(400))
            .GetProperty("errors").TryGetProperty("discountPercent", out _).ShouldBeTrue();
        (await (await studio.Http.PutJsonAsync($"/api/sessions/{session.Id}/price", new { })).ReadAsync<SessionDto>()).Price!.Net.ShouldBe(270m, "all left out: the rates' price");
        var where = $"FROM tenant_databases d JOIN organizations o ON o.id = d.organization_id WHERE o.subdomain = '{studio.Subdomain}'";
        var (server, database) = ((string)(await platform.PlatformScalarAsync("SELECT d.server_key " + where))!, (string)(await platform.PlatformScalarAsync("SELECT d.database_name " + where))!);
        var changedBy = await platform.ScalarAsync(server, database, $"SELECT price_changed_by IS NOT NULL FROM sessions WHERE id = '{session.Id}'");
        changedBy.ShouldBe(true, "who changed the price is kept");
    }

    [Fact]
    public async Task A_yen_studio_prices_without_minor_units_and_a_series_is_priced_per_session()
    {
        var studio = await CreateAsync(platform, "priceyen");
        var settings = await (await studio.Http.GetAsync("/api/studio/settings")).ReadAsync<Application.Studio.Settings.StudioSettingsDto>();
        (await studio.Http.PutJsonAsync("/api/studio/settings", settings with { Currency = "JPY", TaxPercent = 10, PricesIncludeTax = true })).EnsureSuccessStatusCode();
        (await studio.Http.PutJsonAsync($"/api/rooms/{studio.RoomB.Id}", new { name = "Studio B", hourlyRate = 3333 })).EnsureSuccessStatusCode();
        var series = await (await studio.Http.PostJsonAsync("/api/series", new { clientId = studio.Client.Id, roomId = studio.RoomB.Id,
            startsAt = At(10), endsAt = At(10).AddMinutes(90), rule = "FREQ=DAILY;COUNT=2" })).ReadAsync<Application.Studio.Series.SeriesDto>();
        series.Sessions.ShouldAllBe(s => s.Price!.Gross == 5000m && s.Price.Net == 4545m && s.Price.Tax == 455m && s.Price.Currency == "JPY");
    }

    [Fact]
    public async Task A_discount_applies_to_the_price_as_booked_confirming_keeps_it_and_rates_keep_three_decimals()
    {
        var studio = await CreateAsync(platform, "pricekeep");
        var session = await (await studio.Http.PostJsonAsync("/api/sessions", new { clientId = studio.Client.Id, roomId = studio.RoomA.Id,
            startsAt = At(10), endsAt = At(12), tentative = true })).ReadAsync<SessionDto>();
        session.Price!.Net.ShouldBe(160m);
        (await studio.Http.PutJsonAsync($"/api/rooms/{studio.RoomA.Id}", new { name = "Studio A", hourlyRate = 12.345m })).EnsureSuccessStatusCode();
        (await (await studio.Http.GetAsync($"/api/rooms/{studio.RoomA.Id}")).ReadAsync<Application.Studio.Rooms.RoomDto>()).HourlyRate.ShouldBe(12.345m);

        (await (await studio.Http.PutJsonAsync($"/api/sessions/{session.Id}/price", new { discountPercent = 5 })).ReadAsync<SessionDto>())
            .Price!.Net.ShouldBe(152m, "5 % off the 160.00 it was booked at, not off today's rate");
        (await (await studio.Http.PostAsync($"/api/sessions/{session.Id}/confirm", null)).ReadAsync<SessionDto>()).Price!.Net.ShouldBe(152m, "confirmed at its price");
        var moved = await (await studio.Http.PostJsonAsync($"/api/sessions/{session.Id}/reschedule", new { startsAt = At(14), endsAt = At(16) })).ReadAsync<SessionDto>();
        (moved.Price!.Net, moved.Price.Basis).ShouldBe((23.46m, "2 h × 12.345, −5 %"), "moved: today's rates, its discount kept");
    }
}
