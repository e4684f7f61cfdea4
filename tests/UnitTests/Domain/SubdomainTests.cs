using RecordingStudio.Domain.Platform;

namespace RecordingStudio.UnitTests.Domain;

public sealed class SubdomainTests
{
    [Theory]
    [InlineData("maraboo", SubdomainProblem.None)]
    [InlineData("studio-42", SubdomainProblem.None)]
    [InlineData("abc", SubdomainProblem.None)]
    [InlineData("ab", SubdomainProblem.Format)]
    [InlineData("-studio", SubdomainProblem.Format)]
    [InlineData("studio-", SubdomainProblem.Format)]
    [InlineData("stu--dio", SubdomainProblem.Format)]
    [InlineData("Studio", SubdomainProblem.Format)]
    [InlineData("stu_dio", SubdomainProblem.Format)]
    [InlineData("stu.dio", SubdomainProblem.Format)]
    [InlineData("www", SubdomainProblem.Reserved)]
    [InlineData("api", SubdomainProblem.Reserved)]
    [InlineData("admin", SubdomainProblem.Reserved)]
    [InlineData("signup", SubdomainProblem.Reserved)]
    public void Checks_format_and_reserved_names(string value, SubdomainProblem expected) =>
        Subdomain.Check(value).ShouldBe(expected);

    [Fact]
    public void Length_limits_are_3_to_63()
    {
        Subdomain.Check(new string('a', 63)).ShouldBe(SubdomainProblem.None);
        Subdomain.Check(new string('a', 64)).ShouldBe(SubdomainProblem.Format);
    }

    [Fact]
    public void Normalize_trims_and_lowercases() => Subdomain.Normalize("  MaraBoo ").ShouldBe("maraboo");

    [Fact]
    public void Database_names_are_generated_not_taken_from_user_text()
    {
        var database = new TenantDatabase(Guid.NewGuid(), "main");
        database.DatabaseName.ShouldMatch("^rsm_t_[0-9a-f]{16}$");
    }
}
