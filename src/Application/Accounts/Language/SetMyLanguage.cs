using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Security;

namespace RecordingStudio.Application.Accounts.Language;

/// <summary>
/// Remembers the language the signed-in person chose (null: the studio's again), so every device and e-mail speaks it.
/// A visitor may choose too; their choice stays in their browser, so there is nothing to save.
/// </summary>
[RequiresAccess(Access.Anonymous)]
public sealed record SetMyLanguageCommand(string? Language) : ICommand;

public sealed class SetMyLanguageCommandHandler(ICurrentUser user, IAccountDirectory accounts) : ICommandHandler<SetMyLanguageCommand>
{
    public async ValueTask<Unit> Handle(SetMyLanguageCommand command, CancellationToken ct)
    {
        if (user.UserId is { } id)
            await accounts.SetLanguageAsync(id, string.IsNullOrEmpty(command.Language) ? null : command.Language, ct);
        return Unit.Value;
    }
}
