using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.Application.Accounts.Staff;

internal static class OwnerGuard
{
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
