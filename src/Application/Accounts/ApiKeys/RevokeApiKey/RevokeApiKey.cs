using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.Application.Accounts.ApiKeys.RevokeApiKey;

/// <summary>Stops a key from working from the next request on; the record stays for the audit.</summary>
[RequiresAccess(Access.ManageStudio)]
public sealed record RevokeApiKeyCommand(Guid Id) : ICommand;

public sealed class RevokeApiKeyCommandHandler(IRepository<ApiKey> keys, TimeProvider clock) : ICommandHandler<RevokeApiKeyCommand>
{
    public async ValueTask<Unit> Handle(RevokeApiKeyCommand command, CancellationToken ct)
    {
        var key = await keys.GetOrThrowAsync(command.Id, ct);
        key.Revoke(clock.GetUtcNow());
        await keys.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
