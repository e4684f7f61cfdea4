using RecordingStudio.Domain.Accounts;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.UnitTests.Accounts;

public sealed class ApiKeyTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Issued_key_matches_its_own_text_only()
    {
        var (key, text) = ApiKey.Issue("Booking site", AccountRole.Manager, Guid.NewGuid(), Now);
        var (prefix, secret) = ApiKey.Parse(text)!.Value;
        prefix.ShouldBe(key.Prefix);
        key.Matches(secret).ShouldBeTrue();
        key.Matches(secret + "x").ShouldBeFalse();
        key.SecretHash.ShouldNotContain(secret);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer abc")]
    [InlineData("rsm_short_secret")]
    [InlineData("rsm_0123456789ab_")]
    public void Text_not_shaped_like_a_key_does_not_parse(string? text) => ApiKey.Parse(text).ShouldBeNull();

    [Fact]
    public void Revoked_key_is_inactive()
    {
        var (key, _) = ApiKey.Issue("Old", AccountRole.Engineer, Guid.NewGuid(), Now);
        key.Revoke(Now);
        key.IsActive.ShouldBeFalse();
    }

    [Theory]
    [InlineData(AccountRole.Owner)]
    [InlineData(AccountRole.Client)]
    public void Keys_act_as_manager_or_engineer_only(AccountRole role) =>
        Should.Throw<DomainException>(() => ApiKey.Issue("Too strong", role, Guid.NewGuid(), Now));
}
