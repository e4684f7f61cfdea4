namespace RecordingStudio.Application.Assistant;

/// <summary>
/// What the assistant's functions did during one turn (scoped to the request): the calls, for the reply and the audit,
/// and at most one proposed change, which waits for the staff member's confirmation.
/// </summary>
public sealed class AssistantTurn
{
    private readonly List<FunctionCallDto> _calls = [];

    public IReadOnlyList<FunctionCallDto> Calls => _calls;
    public ProposedAction? Proposal { get; private set; }

    /// <summary>The last function said no (bad input, a clash, a rule) or failed: an outside agent is told it as an error.</summary>
    public bool LastRefused { get; private set; }

    public void Record(string function, string arguments, string outcome, bool refused = false)
    {
        _calls.Add(new FunctionCallDto(function, Shorten(arguments), Shorten(outcome)));
        LastRefused = refused;
    }

    /// <summary>Keeps the latest proposal: a turn ends with one change to confirm, not a batch.</summary>
    public void Propose(string kind, object command, string summary) => Proposal = new ProposedAction(kind, command, summary);

    /// <summary>Takes back a proposal its command refused, leaving the one before it (if any) as it was.</summary>
    public void Retract(ProposedAction? previous) => Proposal = previous;

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..297] + "…";
}

public sealed record ProposedAction(string Kind, object Command, string Summary);
