using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Security;

namespace RecordingStudio.Application.Studio.Portal;

internal static class PortalClient
{
    /// <summary>The client record of the signed-in portal account: the only client whose data the portal shows.</summary>
    public static Guid RequireClientId(this ICurrentUser user) =>
        user.ClientId ?? throw new ForbiddenException("forbidden", "Only a client's portal account has sessions here.");
}
