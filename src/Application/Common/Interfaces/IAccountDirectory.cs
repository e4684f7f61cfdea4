using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.Application.Common.Interfaces;

public sealed record AccountDto(
    Guid Id, string Email, string DisplayName, AccountRole Role, Guid? EngineerId, Guid? ClientId, bool IsActive, bool HasPassword,
    string? Language = null);

public sealed record NewAccount(string Email, string DisplayName, AccountRole Role, Guid? EngineerId = null, Guid? ClientId = null);

/// <summary>The studio's accounts (ASP.NET Core Identity on the studio database): passwords, one-time tokens, security stamps.</summary>
public interface IAccountDirectory
{
    Task<AccountDto?> FindAsync(Guid id, CancellationToken ct);

    Task<AccountDto?> FindByEmailAsync(string email, CancellationToken ct);

    /// <summary>The active account with this e-mail and password, or null; takes as long when the e-mail is unknown.</summary>
    Task<AccountDto?> CheckPasswordAsync(string email, string password, CancellationToken ct);

    /// <summary>Creates an account, with a password or awaiting one (an invitation). A taken e-mail is a conflict.</summary>
    Task<AccountDto> CreateAsync(NewAccount account, string? password, CancellationToken ct);

    /// <summary>A one-time token to set or reset the password; it stops working once the password changes.</summary>
    Task<string> CreatePasswordTokenAsync(Guid id, CancellationToken ct);

    /// <summary>Sets the password if the token is valid; a used, expired or forged token is a validation error.</summary>
    Task SetPasswordAsync(Guid id, string token, string password, CancellationToken ct);

    Task<IReadOnlyList<AccountDto>> ListAsync(bool staff, CancellationToken ct);

    /// <summary>Changes role or active flag; the security stamp changes too, so existing sign-ins end.</summary>
    Task<AccountDto> UpdateAsync(Guid id, AccountRole? role, bool? isActive, CancellationToken ct);

    /// <summary>The language the person chose for pages and e-mails; null speaks the studio's.</summary>
    Task SetLanguageAsync(Guid id, string? language, CancellationToken ct);

    /// <summary>The value that must still match a credential's for it to be valid (null: no such active account).</summary>
    Task<string?> SecurityStampAsync(Guid id, CancellationToken ct);
}

public static class AccountDirectoryExtensions
{
    /// <summary>The language a person reads their e-mail in: their account's choice, else the studio's.</summary>
    public static async Task<string?> LanguageOfAsync(this IAccountDirectory accounts, string email, TenantInfo? studio, CancellationToken ct) =>
        (await accounts.FindByEmailAsync(email, ct))?.Language ?? studio?.Language;

    /// <summary>Staff accounts that can sign in or are invited to (what a plan counts).</summary>
    public static async Task<int> ActiveStaffCountAsync(this IAccountDirectory accounts, CancellationToken ct) =>
        (await accounts.ListAsync(staff: true, ct)).Count(a => a.IsActive);

    /// <summary>The active staff who manage the studio (Owners and Managers): who hears of holds moving and of booking requests.</summary>
    public static async Task<IReadOnlyList<AccountDto>> ManagersAsync(this IAccountDirectory accounts, CancellationToken ct) =>
        (await accounts.ListAsync(staff: true, ct)).Where(a => a.IsActive && a.Role.Grants(Access.ManageStudioData)).ToList();
}
