using System.Text.RegularExpressions;
using System.Web;
using MimeKit;

namespace RecordingStudio.TestSupport;

/// <summary>Reads the e-mails the default sender wrote to the outbox folder, as a mail program would open them.</summary>
public static partial class Outbox
{
    [GeneratedRegex(@"https?://\S+/set-password\?\S+")]
    private static partial Regex SetPasswordLink();

    public static IReadOnlyList<MimeMessage> MessagesTo(this PlatformFixture platform, string email) =>
        Directory.Exists(platform.OutboxDirectory)
            ? Directory.GetFiles(platform.OutboxDirectory, "*.eml").Order()
                .Select(path => MimeMessage.Load(path)).Where(m => m.To.Mailboxes.Any(to => to.Address == email)).ToList()
            : [];

    /// <summary>The user id and token of the newest set-password link sent to the address.</summary>
    public static (Guid UserId, string Token, string Link) LatestSetPasswordLink(this PlatformFixture platform, string email)
    {
        var message = platform.MessagesTo(email).LastOrDefault() ?? throw new Xunit.Sdk.XunitException($"No e-mail to {email} in {platform.OutboxDirectory}.");
        var link = SetPasswordLink().Match(message.TextBody ?? "").Value;
        var query = HttpUtility.ParseQueryString(new Uri(link).Query);
        return (Guid.Parse(query["user"]!), query["token"]!, link);
    }

    /// <summary>Follows the newest set-password link sent to the address, as the invited person would.</summary>
    public static async Task AcceptInvitationAsync(this PlatformFixture platform, HttpClient studioHost, string email, string password)
    {
        var (userId, token, _) = platform.LatestSetPasswordLink(email);
        var response = await studioHost.PostJsonAsync("/api/auth/set-password", new { userId, token, password, confirmPassword = password });
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }
}
