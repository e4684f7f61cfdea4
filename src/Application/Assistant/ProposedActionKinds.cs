using System.Text.Json;
using RecordingStudio.Application.Studio.Clients.CreateClient;
using RecordingStudio.Application.Studio.Sessions.CancelSession;
using RecordingStudio.Application.Studio.Sessions.CreateSession;
using RecordingStudio.Application.Studio.Sessions.RescheduleSession;

namespace RecordingStudio.Application.Assistant;

/// <summary>The changes the assistant may propose, each one the very command the API sends.</summary>
public static class ProposedActionKinds
{
    private static readonly Dictionary<string, Type> Commands = new()
    {
        ["create_client"] = typeof(CreateClientCommand),
        ["create_session"] = typeof(CreateSessionCommand),
        ["reschedule_session"] = typeof(RescheduleSessionCommand),
        ["cancel_session"] = typeof(CancelSessionCommand),
    };

    public static string Serialize(object command) => JsonSerializer.Serialize(command, command.GetType());

    public static object Deserialize(string kind, string payload) =>
        JsonSerializer.Deserialize(payload, Commands.GetValueOrDefault(kind) ?? throw new InvalidOperationException($"Unknown action '{kind}'."))!;
}
