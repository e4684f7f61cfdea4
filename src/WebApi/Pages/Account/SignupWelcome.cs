using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace RecordingStudio.WebApi.Pages.Account;

/// <summary>
/// What the signup wizard on the apex tells the new studio's sign-in page (another host, so no cookie carries it): the
/// owner's e-mail and the trial's end, sealed in the link for an hour so the e-mail is neither readable in logs nor
/// forgeable, and for that studio only.
/// </summary>
public sealed class SignupWelcome(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string QueryName = "welcome";
    private static readonly TimeSpan ValidFor = TimeSpan.FromHours(1);

    public sealed record Greeting(string Email, DateTimeOffset? TrialEndsAt);

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("RecordingStudio.SignupWelcome").ToTimeLimitedDataProtector();

    /// <summary>The new studio's sign-in page, greeting its owner: where the wizard sends them and what the API answers.</summary>
    public string LinkFor(RecordingStudio.Application.Platform.Signup.SignUp.SignUpResult studio, string ownerEmail) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(studio.LoginUrl, QueryName,
            Seal(studio.Subdomain, ownerEmail.Trim().ToLowerInvariant(), studio.TrialEndsAt));

    public string Seal(string subdomain, string email, DateTimeOffset? trialEndsAt) =>
        Protector.Protect(string.Join('\n', subdomain, email, trialEndsAt?.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) ?? ""),
            clock.GetUtcNow() + ValidFor);

    /// <summary>The greeting for this studio, or null for a token that is expired, forged or another studio's.</summary>
    public Greeting? Open(string? token, string subdomain)
    {
        if (string.IsNullOrEmpty(token)) return null;
        try
        {
            var parts = Protector.Unprotect(token, out var expiration).Split('\n');
            if (expiration < clock.GetUtcNow() || parts.Length != 3 || parts[0] != subdomain) return null;
            return new Greeting(parts[1], long.TryParse(parts[2], CultureInfo.InvariantCulture, out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
