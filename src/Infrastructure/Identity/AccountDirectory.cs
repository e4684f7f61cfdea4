using FluentValidation.Results;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Resources;
using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.Infrastructure.Identity;

public sealed class AccountDirectory(UserManager<StudioUser> users, IPasswordHasher<StudioUser> hasher, TimeProvider clock) : IAccountDirectory
{
    // Verified against when the e-mail is unknown, so both answers take as long.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<StudioUser>().HashPassword(new StudioUser(), Guid.NewGuid().ToString()));

    public async Task<AccountDto?> FindAsync(Guid id, CancellationToken ct) => ToDto(await users.FindByIdAsync(id.ToString()));

    public async Task<AccountDto?> FindByEmailAsync(string email, CancellationToken ct) => ToDto(await users.FindByEmailAsync(email));

    public async Task<AccountDto?> CheckPasswordAsync(string email, string password, CancellationToken ct)
    {
        var user = await users.FindByEmailAsync(email);
        if (user?.PasswordHash is null)
        {
            hasher.VerifyHashedPassword(new StudioUser(), DecoyHash.Value, password);
            return null;
        }
        return await users.CheckPasswordAsync(user, password) && user.IsActive ? ToDto(user) : null;
    }

    public async Task<AccountDto> CreateAsync(NewAccount account, string? password, CancellationToken ct)
    {
        var user = new StudioUser
        {
            Id = Guid.CreateVersion7(),
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = password is not null,
            DisplayName = account.DisplayName,
            Role = account.Role,
            EngineerId = account.EngineerId,
            ClientId = account.ClientId,
            CreatedAt = clock.GetUtcNow(),
        };
        if (await users.FindByEmailAsync(account.Email) is not null)
            throw new ConflictException("email_taken", "This studio already has an account for {0}.", account.Email);
        Check(password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password));
        return ToDto(user)!;
    }

    public async Task<string> CreatePasswordTokenAsync(Guid id, CancellationToken ct) =>
        await users.GeneratePasswordResetTokenAsync(await GetAsync(id));

    public async Task SetPasswordAsync(Guid id, string token, string password, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString());
        // An unknown account answers like a bad token: the link is simply not valid.
        if (user is null) throw Invalid("Token", "This link is invalid or has already been used.");
        var result = await users.ResetPasswordAsync(user, token, password);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
            throw Invalid("Token", "This link is invalid, expired or has already been used.");
        Check(result);
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
    }

    public async Task<IReadOnlyList<AccountDto>> ListAsync(bool staff, CancellationToken ct) =>
        (await users.Users.AsNoTracking()
            .Where(u => staff ? u.Role != AccountRole.Client : u.Role == AccountRole.Client)
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Id).ToListAsync(ct))
        .Select(u => ToDto(u)!).ToList();

    public async Task<AccountDto> UpdateAsync(Guid id, AccountRole? role, bool? isActive, CancellationToken ct)
    {
        var user = await GetAsync(id);
        if (role is { } newRole) user.Role = newRole;
        if (isActive is { } active) user.IsActive = active;
        Check(await users.UpdateAsync(user));
        await users.UpdateSecurityStampAsync(user);
        return ToDto(user)!;
    }

    public async Task SetLanguageAsync(Guid id, string? language, CancellationToken ct)
    {
        var user = await GetAsync(id);
        user.Language = language;
        Check(await users.UpdateAsync(user));
    }

    public async Task<string?> SecurityStampAsync(Guid id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString());
        return user is { IsActive: true } ? user.SecurityStamp : null;
    }

    private async Task<StudioUser> GetAsync(Guid id) =>
        await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("Account", id);

    /// <summary>Identity's refusals as validation errors on the field they concern.</summary>
    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new ValidationException(result.Errors.Select(e =>
                new ValidationFailure(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password" : "Email", e.Description)));
    }

    private static ValidationException Invalid(string field, string template) => new([new ValidationFailure(field, Text.Say(template))]);

    private static AccountDto? ToDto(StudioUser? user) => user is null ? null : new AccountDto(
        user.Id, user.Email!, user.DisplayName, user.Role, user.EngineerId, user.ClientId, user.IsActive, user.PasswordHash is not null,
        user.Language);
}
