using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Domain.Accounts;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Accounts.Staff;

internal static class StaffGuards
{
    /// <summary>An Engineer account is linked to an existing engineer record that has no account yet.</summary>
    private static async Task EnsureEngineerCanHaveAccountAsync(this IAccountDirectory accounts, Guid? engineerId,
        IReadRepository<Engineer> engineers, CancellationToken ct)
    {
        if (engineerId is not { } id) return;
        await engineers.GetOrThrowAsync(id, ct);
        if ((await accounts.ListAsync(staff: true, ct)).Any(a => a.EngineerId == id))
            throw new ConflictException("engineer_has_account", "This engineer already has an account.");
    }

    /// <summary>
    /// Creates the account (e-mail normalised, linked to its engineer record when the role is Engineer), after checking
    /// that record may have one; without a password the person chooses one through an e-mailed link.
    /// </summary>
    public static async Task<AccountDto> CreateStaffAccountAsync(this IAccountDirectory accounts, IStaffAccountFields fields,
        string? password, IReadRepository<Engineer> engineers, CancellationToken ct)
    {
        await accounts.EnsureEngineerCanHaveAccountAsync(fields.EngineerId, engineers, ct);
        return await accounts.CreateAsync(new NewAccount(fields.Email.Trim().ToLowerInvariant(), fields.DisplayName.Trim(), fields.Role,
            fields.Role == AccountRole.Engineer ? fields.EngineerId : null), password, ct);
    }

    /// <summary>Refuses a change that would leave the studio without an active Owner.</summary>
    public static async Task<AccountDto> EnsureNotLastOwnerAsync(this IAccountDirectory accounts, Guid accountId, CancellationToken ct)
    {
        var staff = await accounts.ListAsync(staff: true, ct);
        var account = staff.SingleOrDefault(a => a.Id == accountId) ?? throw new NotFoundException("Staff account", accountId);
        if (account is { Role: AccountRole.Owner, IsActive: true } && staff.Count(a => a is { Role: AccountRole.Owner, IsActive: true }) == 1)
            throw new ConflictException("last_owner", "A studio keeps at least one active Owner.");
        return account;
    }
}
