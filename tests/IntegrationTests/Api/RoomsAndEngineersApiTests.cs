using System.Net;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Engineers;
using RecordingStudio.Application.Studio.Rooms;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Api;

[Collection(PlatformCollection.Name)]
public sealed class RoomsAndEngineersApiTests(PlatformFixture platform)
{
    [Fact]
    public async Task Rooms_are_created_updated_listed_and_deactivated()
    {
        var (_, http) = await platform.CreateStudioAsync("rooms");
        var created = await http.PostJsonAsync("/api/rooms", new { name = "Studio B", hourlyRate = 60.5m, description = "Mix room" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var b = await created.ReadAsync<RoomDto>();
        var a = await (await http.PostJsonAsync("/api/rooms", new { name = "Studio A", hourlyRate = 80 })).ReadAsync<RoomDto>();
        (b.HourlyRate, b.Description, b.IsActive).ShouldBe((60.5m, "Mix room", true));

        (await (await http.GetAsync("/api/rooms")).ReadAsync<PagedResult<RoomDto>>()).Items.Select(r => r.Name).ShouldBe(["Studio A", "Studio B"]);

        var inactive = await (await http.PutJsonAsync($"/api/rooms/{a.Id}", new { name = "Studio A (old)", hourlyRate = 70, isActive = false })).ReadAsync<RoomDto>();
        (inactive.Name, inactive.HourlyRate, inactive.IsActive).ShouldBe(("Studio A (old)", 70m, false));
        (await (await http.GetAsync("/api/rooms")).ReadAsync<PagedResult<RoomDto>>()).Items.Single().Id.ShouldBe(b.Id);
        (await (await http.GetAsync("/api/rooms?includeInactive=true")).ReadAsync<PagedResult<RoomDto>>()).Items.Count.ShouldBe(2);
        (await (await http.GetAsync($"/api/rooms/{a.Id}")).ReadAsync<RoomDto>()).Name.ShouldBe("Studio A (old)");
        (await (await http.GetAsync($"/api/rooms/{Guid.NewGuid()}")).ProblemAsync(404)).GetProperty("code").GetString().ShouldBe("not_found");
    }

    [Fact]
    public async Task Inactive_room_cannot_be_booked()
    {
        var studio = await StudioSeed.CreateAsync(platform, "inactive");
        await studio.Http.PutJsonAsync($"/api/rooms/{studio.RoomA.Id}", new { name = "Studio A", hourlyRate = 80, isActive = false });
        var problem = await (await studio.BookAsync(studio.RoomA.Id, null, StudioSeed.At(10), StudioSeed.At(12))).ProblemAsync(409);
        problem.GetProperty("code").GetString().ShouldBe("room_inactive");
    }

    [Fact]
    public async Task Engineers_are_created_updated_and_listed()
    {
        var (_, http) = await platform.CreateStudioAsync("engineers");
        var sam = await (await http.PostJsonAsync("/api/engineers", new { name = "Sam Keller", email = "Sam@Studio.example", hourlyRate = 45 })).ReadAsync<EngineerDto>();
        sam.Email.ShouldBe("sam@studio.example");

        var updated = await (await http.PutJsonAsync($"/api/engineers/{sam.Id}", new { name = "Sam K.", hourlyRate = 55, isActive = false })).ReadAsync<EngineerDto>();
        (updated.Name, updated.HourlyRate, updated.IsActive, updated.Email).ShouldBe(("Sam K.", 55m, false, null));
        (await (await http.GetAsync("/api/engineers")).ReadAsync<PagedResult<EngineerDto>>()).Items.ShouldBeEmpty();
        (await (await http.GetAsync("/api/engineers?includeInactive=true")).ReadAsync<PagedResult<EngineerDto>>()).Items.Single().Id.ShouldBe(sam.Id);
        (await (await http.GetAsync($"/api/engineers/{sam.Id}")).ReadAsync<EngineerDto>()).Name.ShouldBe("Sam K.");
        await (await http.GetAsync($"/api/engineers/{Guid.NewGuid()}")).ProblemAsync(404);
    }

    [Fact]
    public async Task Negative_rate_is_a_validation_error_naming_the_field()
    {
        var (_, http) = await platform.CreateStudioAsync("rates");
        var problem = await (await http.PostJsonAsync("/api/rooms", new { name = "Studio A", hourlyRate = -1 })).ProblemAsync(400);
        problem.GetProperty("errors").TryGetProperty("hourlyRate", out _).ShouldBeTrue();
    }
}
