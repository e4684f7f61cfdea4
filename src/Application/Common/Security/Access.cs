using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.Application.Common.Security;

/// <summary>What a command or query needs from the caller. Every message declares one with <see cref="RequiresAccessAttribute"/>.</summary>
public enum Access
{
    /// <summary>No account needed: signing up, signing in, setting a password.</summary>
    Anonymous,
    /// <summary>A studio client, for their own data in the portal.</summary>
    Portal,
    /// <summary>Any staff member: reading studio data.</summary>
    ReadStudio,
    /// <summary>Any staff member: booking, moving, cancelling and completing sessions.</summary>
    ManageSessions,
    /// <summary>Managers and Owners: clients, rooms, engineers.</summary>
    ManageStudioData,
    /// <summary>Owners: staff, API keys, studio settings.</summary>
    ManageStudio,
    /// <summary>The platform operator (the rsm CLI).</summary>
    Platform,
}

[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresAccessAttribute(Access access) : Attribute
{
    public Access Access { get; } = access;
}

public static class AccessRules
{
    public static bool Grants(this AccountRole role, Access access) => access switch
    {
        Access.Anonymous => true,
        Access.Portal => role == AccountRole.Client,
        Access.ReadStudio or Access.ManageSessions => role.IsStaff(),
        Access.ManageStudioData => role is AccountRole.Owner or AccountRole.Manager,
        Access.ManageStudio => role == AccountRole.Owner,
        _ => false,
    };
}
