using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Plans;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Accounts;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Accounts.Staff.InviteStaff;

/// <summary>Creates a staff account without a password and e-mails a one-time link to choose one.</summary>
[RequiresAccess(Access.ManageStudio)]
public sealed record InviteStaffCommand(string Email, string DisplayName, AccountRole Role, Guid? EngineerId = null) : ICommand<AccountDto>, IStaffAccountFields;

public sealed class InviteStaffCommandHandler(
    IAccountDirectory accounts,
    IReadRepository<Engineer> engineers,
    IEmailSender email,
    IStudioLinks links,
    ITenantContext tenant,
    Microsoft.Extensions.Localization.IStringLocalizer<Resources.Text> text,
    PlanAllowance plan, PlanUsage usage) : ICommandHandler<InviteStaffCommand, AccountDto>
{
    public async ValueTask<AccountDto> Handle(InviteStaffCommand command, CancellationToken ct)
    {
        // An invitation is an account: it counts against the plan.
        var account = await plan.WithinAsync(PlanAllowance.Counted.Staff, () => usage.StaffAsync(ct),
            () => accounts.CreateStaffAccountAsync(command, password: null, engineers, ct), ct);
        var studio = tenant.RequireStudio();
        await AccountLinks.SendSetPasswordLinkAsync(accounts, email, links, studio, account, text,
            words => (words["Email.StaffSubject", studio.Name], words["Email.StaffIntro", studio.Name, words["Role." + command.Role].Value.ToLower(System.Globalization.CultureInfo.CurrentCulture)]), ct);
        return account;
    }
}
