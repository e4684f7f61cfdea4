using System.Text.Json.Serialization;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using RecordingStudio.Application.Common.Models;
using RecordingStudio.Application.Assistant;
using RecordingStudio.Application.Assistant.AskAssistant;
using RecordingStudio.Application.Assistant.ClearAssistantSession;
using RecordingStudio.Application.Assistant.ConfirmAssistantAction;
using RecordingStudio.Application.Assistant.GetAssistantAudit;
using RecordingStudio.Application.Assistant.GetAssistantSession;
using RecordingStudio.WebApi.Infrastructure;
using RecordingStudio.WebApi.Security;

namespace RecordingStudio.WebApi.Endpoints;

/// <summary>
/// A chat turn. The conversation id is the caller's own string ("test-123"); <c>session_id</c> is accepted too, as the
/// system this replaces sent it.
/// </summary>
public sealed record ChatRequest(string Message, string? SessionId, [property: JsonPropertyName("session_id")] string? LegacySessionId);

public sealed record ConfirmRequest(Guid ActionId, bool Cancel = false);

/// <summary>The AI assistant for staff: chat, confirmation of proposed changes, history and the Owner's audit.</summary>
public sealed class AssistantEndpoints : IEndpointGroup
{
    public static string Description => "The AI assistant for staff: chat, confirmation of proposed changes, history and the Owner's audit.";

    public static string Prefix => "/api/ai";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireStudioStaff();
        group.MapPost("/chat", Chat).WithRateLimit(SecurityRegistration.ChatRateLimit);
        group.MapPost("/chat/confirm", Confirm).WithRateLimit(SecurityRegistration.ChatRateLimit);
        group.MapGet("/sessions/{id}", History);
        group.MapDelete("/sessions/{id}", Clear);
        group.MapGet("/audit", Audit);
    }

    static async Task<Ok<AssistantReplyDto>> Chat(ChatRequest request, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new AskAssistantCommand(request.Message, request.SessionId ?? request.LegacySessionId), ct));

    static async Task<Ok<ActionOutcomeDto>> Confirm(ConfirmRequest request, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ConfirmAssistantActionCommand(request.ActionId, request.Cancel), ct));

    static async Task<Ok<AssistantSessionDto>> History(string id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetAssistantSessionQuery(id), ct));

    static async Task<NoContent> Clear(string id, ISender sender, CancellationToken ct)
    {
        await sender.Send(new ClearAssistantSessionCommand(id), ct);
        return TypedResults.NoContent();
    }

    static async Task<Ok<PagedResult<AssistantAuditDto>>> Audit([AsParameters] GetAssistantAuditQuery query, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(query, ct));
}
