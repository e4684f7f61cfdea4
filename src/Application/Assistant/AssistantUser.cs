using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Security;

namespace RecordingStudio.Application.Assistant;

internal static class AssistantUser
{
    /// <summary>Conversations belong to a person: an API key has no account to keep them for.</summary>
    public static Guid RequireUserId(this ICurrentUser user) =>
        user.UserId ?? throw new ForbiddenException("forbidden", "The assistant answers staff members signed in with their own account.");

    /// <summary>
    /// Who acts, for an outside agent's calls and the actions it proposes: the signed-in account, or the API key itself.
    /// </summary>
    public static Guid RequireActorId(this ICurrentUser user) =>
        user.UserId ?? user.ApiKeyId ?? throw new ForbiddenException("forbidden", "Sign in, or use one of the studio's API keys.");
}
