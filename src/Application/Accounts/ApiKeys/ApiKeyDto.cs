using RecordingStudio.Domain.Accounts;

namespace RecordingStudio.Application.Accounts.ApiKeys;

public sealed record ApiKeyDto(Guid Id, string Name, string Prefix, AccountRole Role, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

/// <summary>A new key with its plain text: the only time it is shown.</summary>
public sealed record CreatedApiKeyDto(Guid Id, string Name, string Prefix, AccountRole Role, DateTimeOffset CreatedAt, string Key);
