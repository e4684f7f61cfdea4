using System.Security.Claims;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.WebApi.Security;

/// <summary>The signed-in account of the request, after its credential was checked against this studio.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor http) : ICurrentUser
{
    private ClaimsPrincipal? User => http.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public Guid? UserId => Guid.TryParse(User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public AccountRole? Role => Enum.TryParse<AccountRole>(User?.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    public Guid? ClientId => Guid.TryParse(User?.FindFirstValue(StudioClaims.ClientId), out var id) ? id : null;

    public bool IsOperator => false;

    public Guid? ApiKeyId => Guid.TryParse(User?.FindFirstValue(StudioClaims.ApiKeyId), out var id) ? id : null;

    public string? Credential => User is not { } user ? null
        : ApiKeyId is not null ? user.FindFirstValue(ClaimTypes.Name) // "API key <name>"
        : user.Identity?.AuthenticationType == StudioSchemes.Bearer ? "bearer token" : "cookie";
}
