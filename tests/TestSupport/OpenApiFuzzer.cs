using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RecordingStudio.TestSupport;

/// <summary>One malformed request: what to send and where, so a failure can be read and replayed.</summary>
public sealed record FuzzRequest(HttpMethod Method, string Path, bool Apex, string? Body, string? ContentType, string What)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, Path);
        if (Body is not null)
            message.Content = ContentType is null
                ? new ByteArrayContent(Encoding.UTF8.GetBytes(Body))
                : new StringContent(Body, Encoding.UTF8, ContentType);
        return message;
    }

    public override string ToString() =>
        $"{Method} {Shorten(Path)} [{What}]{(Body is null ? "" : $" {ContentType ?? "(no content type)"}: {Shorten(Body)}")}";

    private static string Shorten(string text) => text.Length <= 300 ? text : $"{text[..300]}… ({text.Length} chars)";
}

/// <summary>
/// Walks an OpenAPI document and makes, for every operation, requests with hostile parameters and bodies: broken JSON,
/// wrong types, nulls, NUL and CR/LF in strings, megabyte strings, huge and negative numbers, bad GUIDs and dates,
/// unknown fields, wrong content types. The same seed gives the same requests.
/// </summary>
public sealed class OpenApiFuzzer(JsonElement document, int seed, Func<string, Guid?> knownId)
{
    private readonly Random _random = new(seed);
    private static readonly string Megabyte = new('m', 1_000_000);

    /// <summary>Values that no field expects, for strings, numbers, ids and dates alike.</summary>
    private static readonly string[] HostileScalars =
    [
        "", " ", "\0", "a\0b", "name\r\nBcc: attacker@evil.test", "\t\v\f\u0007", "\u202Eevil", "💥🎛️", "%00", "'; DROP TABLE clients;--",
        "<script>alert(1)</script>", "-1", "0", "2147483648", "-2147483649", "99999999999999999999999999", "1e308", "-1e308", "NaN",
        "null", "true", "not-a-guid", "00000000-0000-0000-0000-000000000000", "2026-13-45", "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59-14:00", "2026-12-01T10:00:00.0000001Z", "2026-12-01T10:00:00.0000002Z", new string('q', 5_000),
    ];

    private static readonly JsonNode?[] HostileJson =
    [
        null, JsonValue.Create(0), JsonValue.Create(-1), JsonValue.Create(1e308), JsonValue.Create(-1e308), JsonNode.Parse("9223372036854775808"),
        JsonValue.Create(1.5), JsonValue.Create(true), JsonValue.Create(""), JsonValue.Create("\0"), JsonValue.Create("a\0b"),
        JsonValue.Create("Evil\r\nBcc: attacker@evil.test"), JsonValue.Create("tab\there"), JsonValue.Create(Megabyte),
        new JsonArray(), new JsonObject(), JsonValue.Create("not-a-guid"), JsonValue.Create("2026-13-45T25:00:00Z"),
        JsonValue.Create("0001-01-01T00:00:00+14:00"), JsonValue.Create("9999-12-31T23:59:59-14:00"),
        JsonValue.Create("2026-12-01T10:00:00.0000001Z"), JsonValue.Create("\uD800"), JsonValue.Create("<b>bold</b>"),
    ];

    private static readonly (string Body, string? ContentType)[] BrokenBodies =
    [
        ("", "application/json"), ("{", "application/json"), ("not json at all", "application/json"), ("[]", "application/json"),
        ("null", "application/json"), ("123", "application/json"), ("\"text\"", "application/json"), ("{\"a\":1,}", "application/json"),
        (new string('[', 5_000) + new string(']', 5_000), "application/json"), ("\0", "application/json"), ("{\"\0\": 1}", "application/json"),
    ];

    public IReadOnlyList<FuzzRequest> Requests()
    {
        var requests = new List<FuzzRequest>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        foreach (var operation in path.Value.EnumerateObject())
        {
            var method = new HttpMethod(operation.Name.ToUpperInvariant());
            var parameters = operation.Value.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
            var apex = path.Name.StartsWith("/api/signup", StringComparison.Ordinal) || path.Name.StartsWith("/api/tenants", StringComparison.Ordinal);
            var body = BodySchema(operation.Value);
            var validBody = body is null ? null : Sample(body.Value, "")?.ToJsonString();

            FuzzRequest Make(string url, string? content, string? contentType, string what) =>
                new(method, url, apex, content, contentType, what);

            var validPath = FillPath(path.Name, null, null);
            foreach (var parameter in parameters)
            {
                var name = parameter.GetProperty("name").GetString()!;
                var inPath = parameter.GetProperty("in").GetString() == "path";
                // A NUL in the path never reaches the app: Kestrel refuses the request line (and the test server throws).
                foreach (var value in HostileScalars.Where(v => !inPath || !v.Contains('\0')))
                {
                    var url = inPath ? FillPath(path.Name, name, value) : $"{validPath}?{Uri.EscapeDataString(name)}={Uri.EscapeDataString(value)}";
                    requests.Add(Make(url, validBody, validBody is null ? null : "application/json", $"{name}={Describe(value)}"));
                }
            }
            if (validPath.Contains('?') is false && parameters.Count > 0)
                requests.Add(Make(validPath + "?" + Megabyte[..100_000], validBody, "application/json", "100 kB query string"));

            if (body is null) continue;
            requests.Add(Make(validPath, validBody, "application/json", "valid body"));
            foreach (var (broken, type) in BrokenBodies) requests.Add(Make(validPath, broken, type, "broken JSON"));
            requests.Add(Make(validPath, validBody, "text/plain", "wrong content type"));
            requests.Add(Make(validPath, "name=x&email=y", "application/x-www-form-urlencoded", "form instead of JSON"));
            requests.Add(Make(validPath, validBody, null, "no content type"));
            var fields = FieldPaths(body.Value, "").ToList();
            foreach (var fieldPath in fields)
            {
                requests.Add(Make(validPath, Mutate(validBody!, fieldPath, null, remove: true), "application/json", $"without {fieldPath}"));
                foreach (var value in HostileJson)
                    requests.Add(Make(validPath, Mutate(validBody!, fieldPath, value), "application/json", $"{fieldPath}={Describe(value?.ToJsonString() ?? "null")}"));
            }
            // Several fields spoiled at once, chosen by the seed.
            for (var i = 0; i < 10 && fields.Count > 1; i++)
            {
                var spoiled = Pick(fields, _random.Next(2, Math.Min(4, fields.Count + 1))).ToList();
                var values = spoiled.Select(_ => HostileJson[_random.Next(HostileJson.Length)]).ToList();
                var mutated = spoiled.Zip(values).Aggregate(validBody!, (json, change) => Mutate(json, change.First, change.Second));
                requests.Add(Make(validPath, mutated, "application/json",
                    string.Join(", ", spoiled.Zip(values, (f, v) => $"{f}={Describe(v?.ToJsonString() ?? "null")}"))));
            }
            var unknown = JsonNode.Parse(validBody!)!.AsObject();
            unknown["unexpectedField"] = "surprise";
            unknown["__proto__"] = new JsonObject { ["isAdmin"] = true };
            requests.Add(Make(validPath, unknown.ToJsonString(), "application/json", "unknown fields"));
        }
        return requests;
    }

    private IEnumerable<T> Pick<T>(IReadOnlyList<T> values, int count) =>
        values.OrderBy(_ => _random.Next()).Take(count).ToList();

    /// <summary>Path parameters get an id of this studio when one is known (so the request reaches the handler).</summary>
    private string FillPath(string template, string? hostileName, string? hostileValue)
    {
        var result = template;
        while (result.IndexOf('{') is var start and >= 0)
        {
            var end = result.IndexOf('}', start);
            var name = result[(start + 1)..end].Split(':')[0];
            var value = name == hostileName ? Uri.EscapeDataString(hostileValue!) : (knownId(template) ?? Guid.NewGuid()).ToString();
            result = result[..start] + value + result[(end + 1)..];
        }
        return result;
    }

    private JsonElement? BodySchema(JsonElement operation) =>
        operation.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/json", out var json)
            ? Resolve(json.GetProperty("schema"))
            : null;

    private JsonElement Resolve(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? Resolve(document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]))
            : schema;

    /// <summary>A plausible value for the schema: a body that would pass, or nearly, before one field is spoiled.</summary>
    private JsonNode? Sample(JsonElement schema, string name)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("enum", out var values)) return JsonNode.Parse(values[0].GetRawText());
        var types = !schema.TryGetProperty("type", out var type) ? ["object"]
            : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).Where(t => t != "null").ToList()
            : [type.GetString()!];
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        var lower = name.ToLowerInvariant();
        return types.FirstOrDefault() switch
        {
            "object" when schema.TryGetProperty("properties", out var properties) =>
                new JsonObject(properties.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, Sample(p.Value, p.Name)))),
            "object" => new JsonObject(),
            "array" => new JsonArray(),
            "boolean" => JsonValue.Create(lower.Contains("accept")),
            "integer" or "number" => JsonValue.Create(lower.Contains("rate") ? 50 : 1),
            _ when format == "uuid" => JsonValue.Create((knownId("/api/" + lower.Replace("id", "s")) ?? Guid.NewGuid()).ToString()),
            _ when format == "date-time" => JsonValue.Create(DateTimeOffset.UtcNow.Date.AddDays(lower.StartsWith("end") ? 3 : 2).AddHours(10).ToString("O")),
            _ when lower.Contains("email") => JsonValue.Create($"fuzz-{_random.Next(1000, 9999)}@example.com"),
            _ when lower.Contains("password") => JsonValue.Create("fuzz-password-123"),
            _ when lower.Contains("subdomain") => JsonValue.Create($"fuzz{_random.Next(100000, 999999)}"),
            _ when lower.Contains("timezone") => JsonValue.Create("Europe/Paris"),
            _ when lower.Contains("currency") => JsonValue.Create("EUR"),
            _ when lower.Contains("role") => JsonValue.Create("Engineer"),
            _ => JsonValue.Create("Fuzz " + name),
        };
    }

    private IEnumerable<string> FieldPaths(JsonElement schema, string prefix)
    {
        schema = Resolve(schema);
        if (!schema.TryGetProperty("properties", out var properties)) yield break;
        foreach (var property in properties.EnumerateObject())
        {
            var path = prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}";
            yield return path;
            foreach (var nested in FieldPaths(property.Value, path)) yield return nested;
        }
    }

    private static string Mutate(string json, string fieldPath, JsonNode? value, bool remove = false)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var names = fieldPath.Split('.');
        // A parent spoiled by an earlier change of the same request has no fields left to spoil.
        if (names[..^1].Aggregate((JsonObject?)root, (node, name) => node?[name] as JsonObject) is not { } parent) return json;
        if (remove) parent.Remove(names[^1]);
        else parent[names[^1]] = value?.DeepClone();
        return root.ToJsonString();
    }

    private static string Describe(string value) =>
        value.Length > 40 ? $"<{value.Length} chars>" : JsonSerializer.Serialize(value);
}
