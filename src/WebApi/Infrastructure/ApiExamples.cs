using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace RecordingStudio.WebApi.Infrastructure;

/// <summary>
/// Request and answer examples for the operations an API consumer starts with — sign in, add a client, a room and an
/// engineer, book a session (and the 400 and 409 it can meet), list sessions, ask the assistant. Taken from real
/// answers of the demo studio; `redocly lint` checks each one against its schema.
/// </summary>
internal static class ApiExamples
{
    private const string Client = "01a22a68-fc38-777d-8c06-1160fa567332", Room = "01a22a68-fbe5-79d9-b127-7dc4cc36fcc3",
        Engineer = "01a22a68-fc26-78ee-9718-f853aa22767c", Session = "01a22c8d-34a3-7a3f-b21c-d0c7804da36b";

    private const string Booked = $$"""
        {"id": "{{Session}}", "clientId": "{{Client}}", "roomId": "{{Room}}", "engineerId": "{{Engineer}}",
         "startsAt": "2027-03-12T13:00:00+00:00", "endsAt": "2027-03-12T17:00:00+00:00", "status": "confirmed",
         "title": "Album tracking", "notes": "Bring the stems", "holdRank": null, "holdExpiresAt": null, "seriesId": null,
         "price": {"net": 540.00, "tax": 0.00, "gross": 540.00, "currency": "EUR", "basis": "4 h × 85.00 + engineer 4 h × 50.00"},
         "deposit": null, "cancellationCharge": 0}
        """;

    /// <summary>By operationId: the request body's example, and each answer's (status → example).</summary>
    private static readonly Dictionary<string, (string? Request, Dictionary<string, string> Answers)> ByOperation = new()
    {
        ["authToken"] = ("""{"email": "owner@demo.localhost", "password": "demo-owner-password"}""", new()
        {
            ["200"] = """{"accessToken": "CfDJ8ELzkDB8QGFAg8ftwQ9iA_eSt…", "tokenType": "Bearer", "expiresIn": 900}""",
            ["401"] = """{"type": "https://tools.ietf.org/html/rfc9110#section-15.5.2", "title": "Sign-in failed.", "status": 401, "detail": "The e-mail or password is incorrect. 4 attempt(s) remain before sign-in is locked for 15 minutes.", "code": "invalid_credentials", "attemptsRemaining": 4}""",
        }),
        ["clientsCreate"] = ("""{"name": "Chloé Martin", "email": "chloe@example.com", "artistName": "Chlo"}""", new()
        {
            ["201"] = $$"""{"id": "{{Client}}", "name": "Chloé Martin", "email": "chloe@example.com", "phone": null, "artistName": "Chlo", "notes": null, "isArchived": false, "billingAddress": null, "taxId": null}""",
        }),
        ["roomsCreate"] = ("""{"name": "Studio A", "hourlyRate": 85, "description": "Large live room with a Neve console", "minimumMinutes": 120}""", new()
        {
            ["201"] = $$"""{"id": "{{Room}}", "name": "Studio A", "hourlyRate": 85.00, "description": "Large live room with a Neve console", "isActive": true, "turnoverMinutes": 0, "minimumMinutes": 120, "opensAt": null, "closesAt": null, "halfDayRate": null, "dayRate": null}""",
        }),
        ["engineersCreate"] = ("""{"name": "Ana Ortiz", "email": "ana@demo.example", "hourlyRate": 50}""", new()
        {
            ["201"] = $$"""{"id": "{{Engineer}}", "name": "Ana Ortiz", "email": "ana@demo.example", "hourlyRate": 50.00, "isActive": true}""",
        }),
        ["sessionsCreate"] = ($$"""
            {"clientId": "{{Client}}", "roomId": "{{Room}}", "engineerId": "{{Engineer}}", "startsAt": "2027-03-12T13:00:00Z",
             "endsAt": "2027-03-12T17:00:00Z", "title": "Album tracking", "notes": "Bring the stems"}
            """, new()
        {
            ["201"] = Booked,
            ["400"] = """{"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "One or more fields are invalid.", "status": 400, "detail": "endsAt: 'EndsAt' must be after 'StartsAt'.", "errors": {"endsAt": ["'EndsAt' must be after 'StartsAt'."]}, "code": "validation_failed"}""",
            ["409"] = $$"""
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.10", "title": "Conflict.", "status": 409,
                 "detail": "The room is already booked from 2027-03-12 13:00:00Z to 2027-03-12 17:00:00Z by session {{Session}} (\"Album tracking\").",
                 "code": "session_overlap", "conflictingSessionId": "{{Session}}", "conflictingStartsAt": "2027-03-12T13:00:00+00:00",
                 "conflictingEndsAt": "2027-03-12T17:00:00+00:00", "conflictingResource": "room"}
                """,
        }),
        ["sessionsList"] = (null, new() { ["200"] = $$"""{"items": [{{Booked}}], "totalCount": 1, "page": 1, "pageSize": 50}""" }),
        ["assistantChat"] = ("""{"message": "How many clients do I have?"}""", new()
        {
            ["200"] = """
                {"reply": "You have 6 clients.", "sessionId": "0f8fad5b-d9cb-469f-a165-70867728950e", "provider": "anthropic",
                 "model": "claude-haiku-4-5", "usage": {"inputTokens": 1214, "outputTokens": 38, "totalTokens": 1252}, "latencyMs": 1870,
                 "functions": [{"name": "count_clients", "arguments": "{}", "outcome": "6 active clients"}], "pendingAction": null}
                """,
        }),
    };

    public static void Apply(OpenApiOperation operation)
    {
        if (operation.OperationId is null || !ByOperation.TryGetValue(operation.OperationId, out var examples)) return;
        if (examples.Request is { } request && operation.RequestBody?.Content?.TryGetValue("application/json", out var body) == true && body is OpenApiMediaType media)
            media.Example = JsonNode.Parse(request);
        foreach (var (status, answer) in examples.Answers)
        {
            if (operation.Responses?.TryGetValue(status, out var response) != true || response!.Content is null) continue;
            foreach (var content in response.Content.Values.OfType<OpenApiMediaType>()) content.Example = JsonNode.Parse(answer);
        }
    }
}
