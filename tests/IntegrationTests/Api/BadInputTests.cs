using System.Net;
using System.Text;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Api;

/// <summary>Whatever a user can type gets a clear 4xx ProblemDetails, never a 500, and changes nothing.</summary>
[Collection(PlatformCollection.Name)]
public sealed class BadInputTests(PlatformFixture platform)
{
    private static StringContent Raw(string json) => new(json, Encoding.UTF8, "application/json");

    [Theory]
    [InlineData("{\"name\": ")]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    [InlineData("")]
    public async Task Malformed_json_is_400(string body)
    {
        var (_, http) = await platform.CreateStudioAsync("badjson");
        var problem = await (await http.PostAsync("/api/clients", Raw(body))).ProblemAsync(400);
        problem.GetProperty("code").GetString().ShouldBe("bad_request");
    }

    [Fact]
    public async Task Wrong_types_are_400_naming_the_field()
    {
        var studio = await CreateAsync(platform, "types");
        var problem = await (await studio.Http.PostAsync("/api/sessions", Raw(
            $$"""{"clientId": "{{studio.Client.Id}}", "roomId": "{{studio.RoomA.Id}}", "startsAt": "next tuesday", "endsAt": 12}"""))).ProblemAsync(400);
        problem.GetProperty("detail").GetString()!.ShouldContain("startsAt");
        // A time without its offset would be read on the server's clock: refused, naming the field.
        var local = await (await studio.Http.PostAsync("/api/sessions", Raw(
            $$"""{"clientId": "{{studio.Client.Id}}", "roomId": "{{studio.RoomA.Id}}", "startsAt": "2027-04-01T10:00:00", "endsAt": "2027-04-01T12:00:00Z"}"""))).ProblemAsync(400);
        local.GetProperty("detail").GetString().ShouldBe("'startsAt' must be a date and time with its offset, such as 2026-12-01T14:00:00+01:00.");

        var rate = await (await studio.Http.PostAsync("/api/rooms", Raw("""{"name": "Room", "hourlyRate": "cheap"}"""))).ProblemAsync(400);
        rate.GetProperty("detail").GetString()!.ShouldBe("'hourlyRate' must be a number in range.");
        // A number written as text is refused too: the API document promises numbers, so a typed client sends numbers.
        var quoted = await (await studio.Http.PostAsync("/api/rooms", Raw("""{"name": "Room", "hourlyRate": "80"}"""))).ProblemAsync(400);
        quoted.GetProperty("detail").GetString()!.ShouldBe("'hourlyRate' must be a number in range.");
        var huge = await (await studio.Http.PostAsync("/api/rooms", Raw("""{"name": "Room", "hourlyRate": 1e400}"""))).ProblemAsync(400);
        huge.GetProperty("errors").GetProperty("hourlyRate")[0].GetString().ShouldBe("'hourlyRate' must be a number in range.");
        var legacyId = await (await studio.Http.PostAsync("/api/ai/chat", Raw("""{"message": "/help", "session_id": 123}"""))).ProblemAsync(400);
        legacyId.GetProperty("detail").GetString().ShouldBe("'session_id' must be text.");
    }

    [Fact]
    public async Task End_before_start_is_400_and_books_nothing()
    {
        var studio = await CreateAsync(platform, "endstart");
        var problem = await (await studio.BookAsync(studio.RoomA.Id, null, At(14), At(12))).ProblemAsync(400);
        problem.GetProperty("errors").TryGetProperty("endsAt", out _).ShouldBeTrue();
        (await (await studio.Http.GetAsync("/api/sessions")).ReadAsync<PagedResult<SessionDto>>()).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task A_session_more_than_ten_years_away_is_400_naming_the_field()
    {
        var studio = await CreateAsync(platform, "horizon");
        var problem = await (await studio.BookAsync(studio.RoomA.Id, null, new DateTimeOffset(9999, 12, 30, 10, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(9999, 12, 30, 12, 0, 0, TimeSpan.Zero))).ProblemAsync(400);
        problem.GetProperty("errors").GetProperty("startsAt")[0].GetString().ShouldBe("Choose a day within ten years of today.");
    }

    [Fact]
    public async Task Unknown_ids_are_404()
    {
        var studio = await CreateAsync(platform, "unknownids");
        var problem = await (await studio.BookAsync(Guid.NewGuid(), null, At(10), At(12))).ProblemAsync(404);
        problem.GetProperty("detail").GetString()!.ShouldContain("Room");
        await (await studio.Http.PostJsonAsync("/api/sessions", new { clientId = Guid.NewGuid(), roomId = studio.RoomA.Id, startsAt = At(10), endsAt = At(12) })).ProblemAsync(404);
        await (await studio.BookAsync(studio.RoomA.Id, Guid.NewGuid(), At(10), At(12))).ProblemAsync(404);
        await (await studio.Http.PostAsync($"/api/sessions/{Guid.NewGuid()}/cancel", null)).ProblemAsync(404);
        (await studio.Http.GetAsync("/api/sessions/not-a-guid")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Huge_strings_are_400_naming_the_field()
    {
        var (_, http) = await platform.CreateStudioAsync("huge");
        var problem = await (await http.PostJsonAsync("/api/clients", new { name = new string('x', 100_000), notes = new string('n', 1_000_000) })).ProblemAsync(400);
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("name", out _).ShouldBeTrue();
        errors.TryGetProperty("notes", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("/api/sessions?status=sleeping", "status")]
    [InlineData("/api/sessions?page=0", "page")]
    [InlineData("/api/sessions?pageSize=100000", "pageSize")]
    [InlineData("/api/clients?pageSize=0", "pageSize")]
    [InlineData("/api/sessions?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z", "to")]
    public async Task Bad_query_values_are_400_naming_the_field(string url, string field)
    {
        var (_, http) = await platform.CreateStudioAsync("query");
        var problem = await (await http.GetAsync(url)).ProblemAsync(400);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }

    [Theory]
    [InlineData("/api/sessions?from=yesterday")]
    [InlineData("/api/sessions?roomId=123")]
    [InlineData("/api/clients?page=two")]
    public async Task Unparseable_query_values_are_400(string url)
    {
        var (_, http) = await platform.CreateStudioAsync("parse");
        (await (await http.GetAsync(url)).ProblemAsync(400)).GetProperty("code").GetString().ShouldBe("bad_request");
    }

    [Fact]
    public async Task Null_for_required_fields_is_a_validation_error()
    {
        var (_, http) = await platform.CreateStudioAsync("nulls");
        var problem = await (await http.PostAsync("/api/rooms", Raw("""{"name": null}"""))).ProblemAsync(400);
        problem.GetProperty("errors").TryGetProperty("name", out _).ShouldBeTrue();
    }
}
