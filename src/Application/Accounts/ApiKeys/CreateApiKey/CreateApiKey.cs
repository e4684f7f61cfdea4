using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.Application.Accounts.ApiKeys.CreateApiKey;

[RequiresAccess(Access.ManageStudio)]
public sealed record CreateApiKeyCommand(string Name, AccountRole Role = AccountRole.Manager) : ICommand<CreatedApiKeyDto>;

public sealed class CreateApiKeyCommandHandler(IRepository<ApiKey> keys, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateApiKeyCommand, CreatedApiKeyDto>
{
    public async ValueTask<CreatedApiKeyDto> Handle(CreateApiKeyCommand command, CancellationToken ct)
    {
        var (key, plainText) = ApiKey.Issue(command.Name, command.Role, user.UserId ?? Guid.Empty, clock.GetUtcNow());
        keys.Add(key);
        await keys.SaveChangesAsync(ct);
        return new CreatedApiKeyDto(key.Id, key.Name, key.Prefix, key.Role, key.CreatedAt, plainText);
    }
}
