using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.Application.Common.Security;

/// <summary>Who sends the current command: a signed-in account of the resolved studio, the operator, or nobody.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }
    AccountRole? Role { get; }
    /// <summary>The client record a portal account belongs to.</summary>
    Guid? ClientId { get; }
    /// <summary>The platform operator (rsm CLI) may do everything.</summary>
    bool IsOperator { get; }

    /// <summary>The API key the request came with, if any (a key has no account of its own).</summary>
    Guid? ApiKeyId => null;

    /// <summary>The credential, as an audit names it: "API key Booking bot", "bearer token", "cookie".</summary>
    string? Credential => null;
}

/// <summary>The operator of the platform, for the CLI and start-up tasks.</summary>
public sealed class OperatorUser : ICurrentUser
{
    public Guid? UserId => null;
    public AccountRole? Role => null;
    public Guid? ClientId => null;
    public bool IsOperator => true;
}
