using System.Security.Cryptography;
using System.Text;

namespace RecordingStudio.Domain.Common;

/// <summary>Random secrets for URLs and keys, and the hash that is stored in their place (the secret is shown once).</summary>
public static class Secrets
{
    /// <summary>32 random bytes, base64url: safe in a URL path, unguessable.</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
