using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Application.Platform.Signup.SignUp;
using RecordingStudio.Application.Studio.Clients.CreateClient;
using RecordingStudio.Application.Studio.Sessions.CreateSession;

namespace RecordingStudio.UnitTests.Validators;

public sealed class TextInputTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 14, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Lena\0Diaz", "NUL")]
    [InlineData("Evil\r\nBcc: attacker@evil.test", "single line")]
    [InlineData("Tab\there", "single line")]
    [InlineData("Bell\u0007", "U+0007")]
    [InlineData("Lena\u2028Bcc: evil@example.com", "single line")]
    [InlineData("Invoice \u202Efdp.exe", "direction override")]
    public void One_line_fields_refuse_control_characters_and_broken_text(string name, string explanation)
    {
        var failure = TextInput.Check(new CreateClientCommand(name, null, null, null, null)).ShouldHaveSingleItem();
        failure.PropertyName.ShouldBe("Name");
        failure.ErrorMessage.ShouldContain(explanation);
    }

    [Fact]
    public void Half_a_surrogate_pair_is_not_text() =>
        TextInput.Check(new CreateClientCommand("broken " + (char)0xD800 + " text", null, null, null, null))
            .ShouldHaveSingleItem().ErrorMessage.ShouldContain("Unicode");

    [Fact]
    public void Free_text_keeps_line_breaks_and_tabs_but_not_nul()
    {
        TextInput.Check(new CreateClientCommand("Lena", null, null, "Lena D", "First line\r\n\tsecond line 🎛️")).ShouldBeEmpty();
        TextInput.Check(new CreateClientCommand("Lena", null, null, null, "a\0b")).ShouldHaveSingleItem().PropertyName.ShouldBe("Notes");
        TextInput.Check(new CreateSessionCommand(Guid.NewGuid(), Guid.NewGuid(), null, Start, Start.AddHours(1), "Title\nTwo", "Notes\nok"))
            .ShouldHaveSingleItem().PropertyName.ShouldBe("Title");
    }

    [Fact]
    public void Nested_records_are_checked_under_their_path()
    {
        var signup = new SignUpCommand(new SignUpStudio("Evil\r\nBcc: x@evil.test", "evil", "UTC", "EUR"),
            new SignUpAccount("Mara\0", "mara@example.com"), new SignUpSecurity("password-123", "password-123", true));
        TextInput.Check(signup).Select(f => f.PropertyName).Order().ShouldBe(["Account.Name", "Studio.Name"]);
    }
}
