using FluentValidation;

namespace RecordingStudio.Application.Accounts.Portal.InviteClientToPortal;

public sealed class InviteClientToPortalCommandValidator : AbstractValidator<InviteClientToPortalCommand>
{
    public InviteClientToPortalCommandValidator() => RuleFor(x => x.ClientId).NotEmpty();
}
