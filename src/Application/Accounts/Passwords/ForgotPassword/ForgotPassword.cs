using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Security;

namespace RecordingStudio.Application.Accounts.Passwords.ForgotPassword;

/// <summary>E-mails a one-time reset link if the e-mail has an active account; the answer is the same either way.</summary>
[RequiresAccess(Access.Anonymous)]
public sealed record ForgotPasswordCommand(string Email) : ICommand;

public sealed class ForgotPasswordCommandHandler(IAccountDirectory accounts, IEmailSender email, IStudioLinks links, ITenantContext tenant,
    Microsoft.Extensions.Localization.IStringLocalizer<Resources.Text> text)
    : ICommandHandler<ForgotPasswordCommand>
{
    public async ValueTask<Unit> Handle(ForgotPasswordCommand command, CancellationToken ct)
    {
        var account = await accounts.FindByEmailAsync(command.Email.Trim().ToLowerInvariant(), ct);
        if (account is { IsActive: true })
            await AccountLinks.SendSetPasswordLinkAsync(accounts, email, links, tenant.RequireStudio(), account, text,
                words => (words["Email.ResetSubject"], words["Email.ResetIntro"]), ct);
        return Unit.Value;
    }
}
