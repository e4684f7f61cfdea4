using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Security;

namespace RecordingStudio.Application.Assistant;

internal static class AssistantUser
{
    /// <summary>Conversations belong to a person: an API key has no account to keep them for.</summary>
    public static Guid RequireUserId(this ICurrentUser user) =>
        user.UserId ?? throw new ForbiddenException("forbidden", "The assistant answers staff members signed in with their own account.");
}
