using System.Net;
using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using RecordingStudio.Application.Accounts.ApiKeys;
using RecordingStudio.Application.Assistant.GetAssistantAudit;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Studio.Sessions;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Assistant;

/// <summary>
/// A studio as an MCP server, driven by the SDK's own client over Streamable HTTP against the app: the assistant's
/// functions as tools per role, reads at once, changes proposed then confirmed once, credentials bound to their studio.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class McpServerTests(PlatformFixture platform)
{
    private const string Start = "2027-06-15T14:00", End = "2027-06-15T18:00";

    private static async Task<McpClient> ConnectAsync(HttpClient http) =>
        await McpClient.CreateAsync(new HttpClientTransport(
            new HttpClientTransportOptions { Endpoint = new Uri(http.BaseAddress!, "/mcp"), TransportMode = HttpTransportMode.StreamableHttp },
            http, loggerFactory: null, ownsHttpClient: false));

    private HttpClient WithKey(StudioSeed studio, string key)
    {
        var http = platform.App.ClientFor(studio.Subdomain);
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        return http;
    }

    private static async Task<string> KeyAsync(StudioSeed studio, string name, string role) =>
        (await (await studio.Http.PostJsonAsync("/api/api-keys", new { name, role })).ReadAsync<CreatedApiKeyDto>()).Key;

    private static async Task<string> CallAsync(McpClient client, string tool, Dictionary<string, object?> arguments) =>
        Text(await client.CallToolAsync(tool, arguments));

    private static string Text(CallToolResult result) => string.Join("\n", result.Content.OfType<TextContentBlock>().Select(t => t.Text));

    [Fact]
    public async Task Tools_are_the_assistants_functions_the_credentials_role_may_use()
    {
        var studio = await StudioSeed.CreateAsync(platform, "mcptools");
        await using var owner = await ConnectAsync(studio.Http);
        var ownerTools = (await owner.ListToolsAsync()).ToDictionary(t => t.Name);
        ownerTools.Keys.ShouldContain("get_sessions");
        ownerTools.Keys.ShouldContain("create_session");
        ownerTools.Keys.ShouldContain("get_revenue");
        ownerTools.Keys.ShouldContain("confirm_action");
        ownerTools["create_session"].JsonSchema.GetProperty("properties").TryGetProperty("client", out _).ShouldBeTrue("the schema the assistant's model is given");

        await using var engineer = await ConnectAsync(WithKey(studio, await KeyAsync(studio, "Engineer's agent", "Engineer")));
        var engineerTools = (await engineer.ListToolsAsync()).Select(t => t.Name).ToList();
        engineerTools.ShouldContain("get_sessions");
        engineerTools.ShouldNotContain("get_revenue", "money is for Owners and Managers");
        engineerTools.ShouldNotContain("create_client");
        engineerTools.ShouldBeSubsetOf(ownerTools.Keys);
        var refused = await Should.ThrowAsync<McpProtocolException>(() => engineer.CallToolAsync("get_revenue", new Dictionary<string, object?>()).AsTask());
        refused.Message.ShouldContain("no tool 'get_revenue'");
    }

    [Fact]
    public async Task A_read_runs_and_a_booking_is_proposed_then_made_once_however_often_it_is_confirmed_and_every_call_is_audited()
    {
        var studio = await StudioSeed.CreateAsync(platform, "mcpbook");
        await using var agent = await ConnectAsync(WithKey(studio, await KeyAsync(studio, "Booking bot", "Manager")));

        (await CallAsync(agent, "count_clients", [])).ShouldBe("1 active clients");

        var proposed = await CallAsync(agent, "create_session", new() { ["client"] = "Lena Diaz", ["room"] = "Studio A", ["start"] = Start, ["end"] = End, ["title"] = "Vocals" });
        proposed.ShouldStartWith("Proposed, not done yet: Book");
        (await (await studio.Http.GetAsync("/api/sessions")).ReadAsync<PagedResult<SessionDto>>()).TotalCount.ShouldBe(0, "nothing is booked before the confirmation");
        var actionId = System.Text.RegularExpressions.Regex.Match(proposed, "Pending action ([0-9a-f-]{36})").Groups[1].Value;

        // Ten agents' confirmations at once (a retrying client, a double click): one booking; the others are told, as errors.
        var confirmations = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            agent.CallToolAsync("confirm_action", new Dictionary<string, object?> { ["action_id"] = actionId }).AsTask()));
        var first = confirmations.Where(c => Text(c).StartsWith("executed: Done: Book")).ShouldHaveSingleItem();
        first.IsError.ShouldNotBe(true);
        Text(first).ShouldContain("titled \"Vocals\"", customMessage: "the summary says what will be written");
        // The others came while it ran (an error: not done by them) or after (already done).
        confirmations.Where(c => c != first).ShouldAllBe(c => (c.IsError == true && Text(c).Contains("being carried out by another confirmation"))
            || (c.IsError != true && Text(c).Contains("That was already done")));
        var again = await CallAsync(agent, "confirm_action", new() { ["action_id"] = actionId });
        again.ShouldStartWith("executed: That was already done");
        var booked = (await (await studio.Http.GetAsync("/api/sessions")).ReadAsync<PagedResult<SessionDto>>()).Items.ShouldHaveSingleItem();
        (booked.Title, booked.RoomId).ShouldBe(("Vocals", studio.RoomA.Id));

        // The same slot again: refused with what is in the way and the free slots of that day.
        var refused = await agent.CallToolAsync("create_session", new Dictionary<string, object?> { ["client"] = "Lena Diaz", ["room"] = "Studio A", ["start"] = Start, ["end"] = End });
        refused.IsError.ShouldBe(true, "a refusal is not a success");
        using (var answer = JsonDocument.Parse(Text(refused)))
        {
            answer.RootElement.GetProperty("booked").GetBoolean().ShouldBeFalse();
            answer.RootElement.GetProperty("free_that_day").GetArrayLength().ShouldBeGreaterThan(0);
        }

        var audit = (await (await studio.Http.GetAsync("/api/ai/audit")).ReadAsync<PagedResult<AssistantAuditDto>>()).Items;
        audit.Select(a => a.Function).ShouldBe([.. Enumerable.Repeat("confirm_action", 11), "create_session", "create_session", "count_clients"], ignoreOrder: true);
        audit.ShouldAllBe(a => a.Via == "mcp · API key Booking bot");
    }

    [Fact]
    public async Task Rooms_engineers_and_the_calendar_are_resources_and_studio_tasks_are_prompts()
    {
        var studio = await StudioSeed.CreateAsync(platform, "mcpread");
        // Under way now, so it is "today" on the studio's clock whatever the hour.
        (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, DateTimeOffset.UtcNow.AddMinutes(-10), DateTimeOffset.UtcNow.AddMinutes(10))).EnsureSuccessStatusCode();
        await using var agent = await ConnectAsync(studio.Http);

        (await agent.ListResourcesAsync()).Select(r => r.Uri).ShouldBe(["studio://rooms", "studio://engineers", "studio://calendar/today", "studio://calendar/week"]);
        async Task<string> ReadAsync(string uri) =>
            string.Join("", (await agent.ReadResourceAsync(uri)).Contents.OfType<TextResourceContents>().Select(c => c.Text));
        (await ReadAsync("studio://rooms")).ShouldContain("Studio B");
        (await ReadAsync("studio://engineers")).ShouldContain("Ana Ortiz");
        var today = await ReadAsync("studio://calendar/today");
        today.ShouldContain("Lena Diaz");
        today.ShouldContain("\"total\":1");
        (await Should.ThrowAsync<McpProtocolException>(() => agent.ReadResourceAsync("studio://invoices").AsTask())).Message.ShouldContain("no resource");

        (await agent.ListPromptsAsync()).Select(p => p.Name).ShouldBe(["find_free_slot", "summarise_week"]);
        var prompt = await agent.GetPromptAsync("find_free_slot", new Dictionary<string, object?> { ["room"] = "Studio A", ["day"] = "2027-06-15", ["hours"] = "4" });
        ((TextContentBlock)prompt.Messages.Single().Content).Text.ShouldContain("4 hours in Studio A on 2027-06-15");
        (await Should.ThrowAsync<McpProtocolException>(() => agent.GetPromptAsync("find_free_slot").AsTask())).Message.ShouldContain("needs 'room'");
    }

    [Fact]
    public async Task Calls_are_limited_per_credential()
    {
        await RateLimitWindows.StartFreshMinuteAsync();
        using var app = platform.CreateApp(new Dictionary<string, string?> { ["RateLimits:AgentCallsPerMinute"] = "5" });
        var studio = await StudioSeed.CreateAsync(platform, "mcplimit", app);
        var busy = app.ClientFor(studio.Subdomain);
        busy.DefaultRequestHeaders.Add("X-Api-Key", await KeyAsync(studio, "Busy bot", "Manager"));
        var calm = app.ClientFor(studio.Subdomain);
        calm.DefaultRequestHeaders.Add("X-Api-Key", await KeyAsync(studio, "Calm bot", "Manager"));

        await using var agent = await ConnectAsync(busy); // initialize and its notification: 2 of the 5
        var limited = await Should.ThrowAsync<HttpRequestException>(async () =>
        {
            for (var i = 0; i < 6; i++) await agent.ListToolsAsync();
        });
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        await using var other = await ConnectAsync(calm);
        (await other.ListToolsAsync()).ShouldNotBeEmpty("another credential has its own allowance");
    }

    [Fact]
    public async Task A_credential_of_another_studio_or_none_is_refused()
    {
        var studio = await StudioSeed.CreateAsync(platform, "mcpmine");
        var other = await StudioSeed.CreateAsync(platform, "mcpother");
        var foreignKey = await KeyAsync(other, "Other's bot", "Manager");

        // A key works as X-Api-Key and as a bearer token, on its own studio only.
        var bearer = platform.App.ClientFor(other.Subdomain);
        bearer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", foreignKey);
        await using (var ownStudio = await ConnectAsync(bearer)) (await ownStudio.ListToolsAsync()).ShouldNotBeEmpty();
        var wrongStudio = await Should.ThrowAsync<HttpRequestException>(() => ConnectAsync(WithKey(studio, foreignKey)));
        wrongStudio.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var anonymous = await Should.ThrowAsync<HttpRequestException>(() => ConnectAsync(platform.App.ClientFor(studio.Subdomain)));
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await platform.App.ApexClient().PostAsync("/mcp", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).StatusCode.ShouldBe(HttpStatusCode.NotFound, "not on the platform's host");
    }

    [Fact]
    public async Task Refusals_are_errors_in_sentences_and_on_record_even_when_no_tool_ran()
    {
        var studio = await StudioSeed.CreateAsync(platform, "mcpno");
        var key = await KeyAsync(studio, "Careless bot", "Engineer");
        await using var agent = await ConnectAsync(WithKey(studio, key));

        // Arguments that do not fit: each named, as a sentence, never the binder's own text.
        var wrongTypes = await agent.CallToolAsync("find_free_slots", new Dictionary<string, object?> { ["day"] = 12, ["hours"] = "two", ["colour"] = "red" });
        wrongTypes.IsError.ShouldBe(true);
        Text(wrongTypes).ShouldBe("Refused: 'colour' is not an argument of find_free_slots (it takes day, hours, room, engineer). 'day' must be a string. 'hours' must be a number.");
        var missing = Text(await agent.CallToolAsync("find_free_slots", new Dictionary<string, object?>()));
        missing.ShouldBe("Refused: 'day' is required. 'hours' is required.");

        // A refusal from the command itself reads as the command's own sentence, not "Validation failed: -- RoomId".
        var noRoom = await agent.CallToolAsync("find_free_slots", new Dictionary<string, object?> { ["day"] = "2027-06-15", ["hours"] = 2 });
        noRoom.IsError.ShouldBe(true);
        Text(noRoom).ShouldStartWith("Refused: ");
        Text(noRoom).ShouldNotContain("Validation failed");
        Text(noRoom).ShouldNotContain("RoomId");

        // A change the command would refuse is refused when proposed: nothing kept to confirm.
        var hugeTitle = await agent.CallToolAsync("create_session", new Dictionary<string, object?>
            { ["client"] = "Lena Diaz", ["room"] = "Studio A", ["start"] = Start, ["end"] = End, ["title"] = new string('x', 5000) });
        hugeTitle.IsError.ShouldBe(true);
        Text(hugeTitle).ShouldNotContain("Pending action");

        // A tool the role may not use, and another credential's action: refused, and on record with this key.
        await Should.ThrowAsync<McpProtocolException>(() => agent.CallToolAsync("get_revenue", new Dictionary<string, object?>()).AsTask());
        var managers = await ConnectAsync(WithKey(studio, await KeyAsync(studio, "Manager's bot", "Manager")));
        var theirs = await CallAsync(managers, "create_session", new() { ["client"] = "Lena Diaz", ["room"] = "Studio B", ["start"] = Start, ["end"] = End });
        var theirAction = System.Text.RegularExpressions.Regex.Match(theirs, "Pending action ([0-9a-f-]{36})").Groups[1].Value;
        var notMine = await agent.CallToolAsync("confirm_action", new Dictionary<string, object?> { ["action_id"] = theirAction });
        notMine.IsError.ShouldBe(true);
        (await (await studio.Http.GetAsync("/api/sessions")).ReadAsync<PagedResult<SessionDto>>()).TotalCount.ShouldBe(0);

        var audit = (await (await studio.Http.GetAsync("/api/ai/audit")).ReadAsync<PagedResult<AssistantAuditDto>>()).Items
            .Where(a => a.Via == "mcp · API key Careless bot").ToList();
        audit.Where(a => a.Function == "get_revenue").ShouldHaveSingleItem().Outcome.ShouldContain("no such tool");
        audit.Where(a => a.Function == "find_free_slots").Count().ShouldBe(3);
        audit.Where(a => a.Function == "confirm_action").ShouldHaveSingleItem().Outcome.ShouldContain("no such pending action");
        audit.Where(a => a.Function == "create_session").ShouldHaveSingleItem();
        await managers.DisposeAsync();
    }

    [Fact]
    public async Task The_endpoint_refuses_oversized_messages_and_pages_of_other_origins_and_its_schemas_are_plain_json_schema()
    {
        var studio = await StudioSeed.CreateAsync(platform, "mcpguard");
        await using (var agent = await ConnectAsync(studio.Http))
            (await agent.ListToolsAsync()).Where(t => t.JsonSchema.TryGetProperty("condition", out var _)).ShouldBeEmpty();

        var huge = new StringContent("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"" + new string('x', 300_000) + "\"}}",
            System.Text.Encoding.UTF8, "application/json");
        var tooLarge = await studio.Http.PostAsync("/mcp", huge);
        tooLarge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);

        var fromElsewhere = new HttpRequestMessage(HttpMethod.Post, "/mcp")
        {
            Content = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"tools/list"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        fromElsewhere.Headers.Add("Origin", "http://evil.example");
        fromElsewhere.Headers.Accept.ParseAdd("application/json");
        fromElsewhere.Headers.Accept.ParseAdd("text/event-stream");
        (await studio.Http.SendAsync(fromElsewhere)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
