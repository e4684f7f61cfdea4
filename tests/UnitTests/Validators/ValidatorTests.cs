using FluentValidation.TestHelper;
using RecordingStudio.Application.Platform.Tenants.ProvisionTenant;
using RecordingStudio.Application.Studio.Clients.CreateClient;
using RecordingStudio.Application.Studio.Clients.GetAllClients;
using RecordingStudio.Application.Studio.Sessions.CheckAvailability;
using RecordingStudio.Application.Studio.Sessions.CreateSession;
using RecordingStudio.Application.Studio.Settings.UpdateStudioSettings;

namespace RecordingStudio.UnitTests.Validators;

public sealed class ValidatorTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 14, 0, 0, TimeSpan.Zero);
    private static readonly TimeProvider Clock = new FixedClock(Start.AddDays(-1));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static CreateSessionCommand Session(DateTimeOffset start, DateTimeOffset end) =>
        new(Guid.NewGuid(), Guid.NewGuid(), null, start, end, "Tracking");

    [Fact]
    public void Session_must_end_after_it_starts() =>
        new CreateSessionCommandValidator(Clock).TestValidate(Session(Start, Start.AddHours(-1)))
            .ShouldHaveValidationErrorFor("EndsAt");

    [Fact]
    public void Session_of_zero_length_is_refused() =>
        new CreateSessionCommandValidator(Clock).TestValidate(Session(Start, Start)).ShouldHaveValidationErrorFor("EndsAt");

    [Fact]
    public void Session_shorter_than_the_stored_microsecond_is_refused() =>
        new CreateSessionCommandValidator(Clock).TestValidate(Session(Start.AddTicks(1), Start.AddTicks(2))).ShouldHaveValidationErrorFor("EndsAt");

    [Fact]
    public void Session_more_than_ten_years_away_is_refused() =>
        new CreateSessionCommandValidator(Clock).TestValidate(Session(Start.AddYears(11), Start.AddYears(11).AddHours(1)))
            .ShouldHaveValidationErrorFor("StartsAt");

    [Fact]
    public void Session_longer_than_a_week_is_refused() =>
        new CreateSessionCommandValidator(Clock).TestValidate(Session(Start, Start.AddDays(8))).ShouldHaveValidationErrorFor("EndsAt");

    [Fact]
    public void Valid_session_passes() =>
        new CreateSessionCommandValidator(Clock).TestValidate(Session(Start, Start.AddHours(4))).ShouldNotHaveAnyValidationErrors();

    [Fact]
    public void Session_needs_client_and_room()
    {
        var result = new CreateSessionCommandValidator(Clock).TestValidate(new CreateSessionCommand(Guid.Empty, Guid.Empty, null, Start, Start.AddHours(1), null));
        result.ShouldHaveValidationErrorFor(x => x.ClientId);
        result.ShouldHaveValidationErrorFor(x => x.RoomId);
    }

    [Fact]
    public void Client_name_is_required_and_bounded()
    {
        var validator = new CreateClientCommandValidator();
        validator.TestValidate(new CreateClientCommand("", null, null, null, null)).ShouldHaveValidationErrorFor(x => x.Name);
        validator.TestValidate(new CreateClientCommand(new string('x', 10_000), null, null, null, null)).ShouldHaveValidationErrorFor(x => x.Name);
        validator.TestValidate(new CreateClientCommand("Lena", "not-an-email", null, null, null)).ShouldHaveValidationErrorFor(x => x.Email);
        validator.TestValidate(new CreateClientCommand("Lena", "lena@example.com", "+33 1 23", "Lena D", "Loves tape")).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Client_list_paging_is_bounded()
    {
        var validator = new GetAllClientsQueryValidator();
        validator.TestValidate(new GetAllClientsQuery(Page: 0)).ShouldHaveValidationErrorFor("Page");
        validator.TestValidate(new GetAllClientsQuery(PageSize: 10_000)).ShouldHaveValidationErrorFor("PageSize");
        validator.TestValidate(new GetAllClientsQuery()).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    public void Availability_needs_a_room_or_an_engineer() =>
        new CheckAvailabilityQueryValidator(Clock).TestValidate(new CheckAvailabilityQuery(null, null, Start, Start.AddHours(1)))
            .ShouldHaveValidationErrorFor(x => x.RoomId);

    [Theory]
    [InlineData("www", "Europe/Paris", "EUR", "Subdomain")]
    [InlineData("x", "Europe/Paris", "EUR", "Subdomain")]
    [InlineData("maraboo", "Mars/Olympus", "EUR", "TimeZone")]
    [InlineData("maraboo", "Europe/Paris", "EURO", "Currency")]
    public void Provisioning_refuses_bad_studio_data(string subdomain, string timeZone, string currency, string field) =>
        new ProvisionTenantCommandValidator().TestValidate(new ProvisionTenantCommand(subdomain, "Maraboo", timeZone, currency))
            .ShouldHaveValidationErrorFor(field);

    [Fact]
    public void Settings_need_closing_after_opening() =>
        new UpdateStudioSettingsCommandValidator()
            .TestValidate(new UpdateStudioSettingsCommand("Maraboo", "Europe/Paris", "EUR", new TimeOnly(22, 0), new TimeOnly(9, 0)))
            .ShouldHaveValidationErrorFor(x => x.ClosesAt);
}
