using System.Net.Http.Json;
using System.Text.Json;
using RecordingStudio.TestSupport;
using static RecordingStudio.TestSupport.StudioSeed;

namespace RecordingStudio.IntegrationTests.Api;

/// <summary>
/// Every list the API answers has one shape, <c>{items, totalCount, page, pageSize}</c>, with the same paging: a client
/// written against one list works against all of them. Walks the OpenAPI document, so a list added later is checked too.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ListEnvelopeTests(PlatformFixture platform)
{
    private static readonly string[] Envelope = ["items", "totalCount", "page", "pageSize"];

    [Fact]
    public async Task Every_GET_that_answers_a_list_answers_the_paged_envelope_and_pages()
    {
        var studio = await CreateAsync(platform, "envelope");
        (await studio.BookAsync(studio.RoomA.Id, studio.Sam.Id, At(10), At(12))).EnsureSuccessStatusCode();
        (await studio.BookAsync(studio.RoomB.Id, studio.Ana.Id, At(14), At(16))).EnsureSuccessStatusCode();
        foreach (var name in new[] { "Mixing desk", "Calendar sync" })
            (await studio.Http.PostAsJsonAsync("/api/api-keys", new { name, role = "Manager" })).EnsureSuccessStatusCode();
        var document = JsonDocument.Parse(await studio.Http.GetStringAsync("/openapi/v1.json")).RootElement;

        var lists = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get)
                || !get.GetProperty("responses").TryGetProperty("200", out var ok)
                || !ok.TryGetProperty("content", out var content)
                || !content.TryGetProperty("application/json", out var json)) continue;
            var schema = Resolve(document, json.GetProperty("schema"));
            IsArray(schema).ShouldBeFalse($"GET {path.Name} is documented as a bare array: answer {{items, totalCount, page, pageSize}}");
            if (IsEnvelope(schema)) lists.Add(path.Name);
        }
        lists.ShouldContain("/api/rooms");
        lists.ShouldContain("/api/engineers");
        lists.ShouldContain("/api/clients");
        lists.ShouldContain("/api/sessions");
        lists.ShouldContain("/api/sessions/upcoming");
        lists.ShouldContain("/api/staff");
        lists.ShouldContain("/api/api-keys");
        lists.ShouldContain("/api/ai/audit");

        // The portal's lists answer the client alone (BookingRequestTests reads them as one); these pages are the staff's.
        foreach (var path in lists.Where(p => !p.Contains('{') && !p.StartsWith("/api/portal/", StringComparison.Ordinal)))
        {
            var first = await PageAsync(studio.Http, path, 1);
            first.GetProperty("page").GetInt32().ShouldBe(1, path);
            first.GetProperty("pageSize").GetInt32().ShouldBe(1, path);
            var items = first.GetProperty("items");
            items.ValueKind.ShouldBe(JsonValueKind.Array, path);
            var total = first.GetProperty("totalCount").GetInt32();
            items.GetArrayLength().ShouldBe(Math.Min(total, 1), path);
            if (total < 2) continue;
            var second = await PageAsync(studio.Http, path, 2);
            second.GetProperty("totalCount").GetInt32().ShouldBe(total, path);
            second.GetProperty("items")[0].GetProperty("id").GetRawText()
                .ShouldNotBe(items[0].GetProperty("id").GetRawText(), $"{path}: page 2 repeats page 1");
        }
        lists.Where(p => !p.Contains('{')).Count(p => p != "/api/ai/audit").ShouldBeGreaterThanOrEqualTo(7);
    }

    [Theory]
    [InlineData("/api/rooms?page=0")]
    [InlineData("/api/engineers?pageSize=201")]
    [InlineData("/api/staff?pageSize=0")]
    [InlineData("/api/api-keys?page=-1")]
    [InlineData("/api/sessions/upcoming?pageSize=1000")]
    [InlineData("/api/ai/audit?pageSize=0")]
    [InlineData("/api/clients?page=2147483647")]
    [InlineData("/api/staff?page=1000001")]
    public async Task A_page_out_of_range_is_refused_naming_the_field(string url)
    {
        var studio = await CreateAsync(platform, "paging");
        var response = await studio.Http.GetAsync(url);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldContain(url.Contains("pageSize") ? "pageSize" : "page");
    }

    private static async Task<JsonElement> PageAsync(HttpClient http, string path, int page)
    {
        var response = await http.GetAsync($"{path}?page={page}&pageSize=1");
        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(200, $"GET {path}?page={page}&pageSize=1: {body}");
        var root = JsonDocument.Parse(body).RootElement;
        root.ValueKind.ShouldBe(JsonValueKind.Object, path);
        foreach (var property in Envelope) root.TryGetProperty(property, out _).ShouldBeTrue($"{path} lacks '{property}'");
        return root;
    }

    private static bool IsArray(JsonElement schema) =>
        schema.TryGetProperty("type", out var type) && type.ValueKind switch
        {
            JsonValueKind.String => type.GetString() == "array",
            JsonValueKind.Array => type.EnumerateArray().Any(t => t.GetString() == "array"),
            _ => false,
        };

    private static bool IsEnvelope(JsonElement schema) =>
        schema.TryGetProperty("properties", out var properties)
        && Envelope.All(name => properties.TryGetProperty(name, out _));

    private static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        if (!schema.TryGetProperty("$ref", out var reference)) return schema;
        var name = reference.GetString()!.Split('/')[^1];
        return document.GetProperty("components").GetProperty("schemas").GetProperty(name);
    }
}
