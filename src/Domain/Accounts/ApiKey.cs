using System.Security.Cryptography;
using System.Text;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Domain.Accounts;

/// <summary>
/// A revocable key for API consumers: <c>rsm_&lt;prefix&gt;_&lt;secret&gt;</c>. Only a hash of the secret is stored,
/// so the key is shown once, when it is created.
/// </summary>
public sealed class ApiKey : Entity
{
    private ApiKey() { }

    private ApiKey(string name, AccountRole role, Guid createdBy, DateTimeOffset createdAt, string prefix, string secretHash)
    {
        Name = Guard.Required(name, nameof(Name), FieldLimits.Name);
        if (role is AccountRole.Client or AccountRole.Owner)
            throw new DomainException("invalid_api_key_role", "An API key acts as a Manager or an Engineer.");
        Role = role;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Prefix = prefix;
        SecretHash = secretHash;
    }

    public string Name { get; private set; } = "";
    public string Prefix { get; private set; } = "";
    public string SecretHash { get; private set; } = "";
    public AccountRole Role { get; private set; }
    public Guid CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public DateTimeOffset? LastUsedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    /// <summary>Creates a key and returns it with the only copy of its plain text.</summary>
    public static (ApiKey Key, string PlainText) Issue(string name, AccountRole role, Guid createdBy, DateTimeOffset now)
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var secret = Secrets.NewToken();
        return (new ApiKey(name, role, createdBy, now, prefix, Secrets.Hash(secret)), $"rsm_{prefix}_{secret}");
    }

    /// <summary>Splits <c>rsm_&lt;prefix&gt;_&lt;secret&gt;</c>; null when the text is not shaped like a key.</summary>
    public static (string Prefix, string Secret)? Parse(string? plainText)
    {
        var parts = plainText?.Split('_', 3);
        return parts is ["rsm", { Length: 12 } prefix, { Length: > 0 } secret] ? (prefix, secret) : null;
    }

    public bool Matches(string secret) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Secrets.Hash(secret)), Encoding.ASCII.GetBytes(SecretHash));

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;

    public void MarkUsed(DateTimeOffset now) => LastUsedAt = now;
}
