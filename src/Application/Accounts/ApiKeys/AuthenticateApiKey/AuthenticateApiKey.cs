using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.Application.Accounts.ApiKeys.AuthenticateApiKey;

/// <summary>The active key of this studio matching the presented text, or null. Keys live in the studio's own database,
/// so another studio's key is simply unknown here.</summary>
[RequiresAccess(Access.Anonymous)]
public sealed record AuthenticateApiKeyCommand(string Key) : ICommand<ApiKeyDto?>;

public sealed class ApiKeyByPrefixSpec : SingleResultSpecification<ApiKey>
{
    public ApiKeyByPrefixSpec(string prefix) => Query.Where(k => k.Prefix == prefix);
}

public sealed class AuthenticateApiKeyCommandHandler(IRepository<ApiKey> keys, TimeProvider clock)
    : ICommandHandler<AuthenticateApiKeyCommand, ApiKeyDto?>
{
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async ValueTask<ApiKeyDto?> Handle(AuthenticateApiKeyCommand command, CancellationToken ct)
    {
        if (ApiKey.Parse(command.Key) is not var (prefix, secret)) return null;
        var key = await keys.FirstOrDefaultAsync(new ApiKeyByPrefixSpec(prefix), ct);
        if (key is not { IsActive: true } || !key.Matches(secret)) return null;

        // Recording every use would write on every request; a minute's precision is enough to see a key is alive.
        var now = clock.GetUtcNow();
        if (key.LastUsedAt is null || now - key.LastUsedAt > LastUsedResolution)
        {
            key.MarkUsed(now);
            await keys.SaveChangesAsync(ct);
        }
        return new ApiKeyDto(key.Id, key.Name, key.Prefix, key.Role, key.CreatedAt, key.LastUsedAt, key.RevokedAt);
    }
}
