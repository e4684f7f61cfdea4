using Mediator;
using RecordingStudio.Application.Common.Behaviours;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Studio.Clients.CreateClient;
using RecordingStudio.Application.Studio.Clients.GetAllClients;
using RecordingStudio.Application.Studio.Portal.GetMySessions;
using RecordingStudio.Application.Studio.Sessions.CreateSession;
using RecordingStudio.Application.Studio.Settings.UpdateStudioSettings;
using RecordingStudio.Domain.Accounts;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.UnitTests.Accounts;

public sealed class AuthorizationTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private sealed record User(AccountRole? Role, bool IsOperator = false) : ICurrentUser
    {
        public Guid? UserId => Role is null ? null : Guid.NewGuid();
        public Guid? ClientId => null;
    }

    private sealed class Studio(DateTimeOffset? trialEndsAt, string plan = "trial") : ITenantContext
    {
        public TenantInfo? Tenant { get; } = new(Guid.NewGuid(), "maraboo", "Maraboo", OrganizationStatus.Active, "db", "main", plan, trialEndsAt);
    }

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static async Task<bool> Allowed<TMessage>(TMessage message, ICurrentUser user, DateTimeOffset? trialEndsAt = null, string plan = "trial")
        where TMessage : IMessage
    {
        var behaviour = new AuthorizationBehaviour<TMessage, int>(user, new Studio(trialEndsAt ?? Now.AddDays(10), plan), new Clock(Now));
        await behaviour.Handle(message, (_, _) => ValueTask.FromResult(1), CancellationToken.None);
        return true;
    }

    private static readonly CreateClientCommand CreateClient = new("Lena", null, null, null, null);
    private static readonly CreateSessionCommand CreateSession = new(Guid.NewGuid(), Guid.NewGuid(), null, Now, Now.AddHours(1), null);
    private static readonly UpdateStudioSettingsCommand UpdateSettings = new("Maraboo", "UTC", "EUR", new TimeOnly(9, 0), new TimeOnly(22, 0));

    [Theory]
    [InlineData(AccountRole.Owner, true, true, true, true)]
    [InlineData(AccountRole.Manager, true, true, true, false)]
    [InlineData(AccountRole.Engineer, true, true, false, false)]
    [InlineData(AccountRole.Client, false, false, false, false)]
    public async Task The_role_matrix_is_enforced_on_the_message(AccountRole role, bool read, bool book, bool manageData, bool manageStudio)
    {
        var user = new User(role);
        (await Outcome(() => Allowed(new GetAllClientsQuery(), user))).ShouldBe(read);
        (await Outcome(() => Allowed(CreateSession, user))).ShouldBe(book);
        (await Outcome(() => Allowed(CreateClient, user))).ShouldBe(manageData);
        (await Outcome(() => Allowed(UpdateSettings, user))).ShouldBe(manageStudio);
        (await Outcome(() => Allowed(new GetMySessionsQuery(), user))).ShouldBe(role == AccountRole.Client);
    }

    [Fact]
    public async Task Nobody_signed_in_is_unauthenticated() =>
        await Should.ThrowAsync<UnauthenticatedException>(() => Allowed(new GetAllClientsQuery(), new User(null)));

    [Fact]
    public async Task The_operator_may_do_everything() =>
        (await Allowed(UpdateSettings, new User(null, IsOperator: true))).ShouldBeTrue();

    [Fact]
    public async Task An_ended_trial_refuses_writes_but_not_reads()
    {
        var owner = new User(AccountRole.Owner);
        (await Allowed(new GetAllClientsQuery(), owner, trialEndsAt: Now.AddDays(-1))).ShouldBeTrue();
        var refused = await Should.ThrowAsync<ForbiddenException>(() => Allowed(CreateClient, owner, trialEndsAt: Now.AddDays(-1)));
        refused.Code.ShouldBe("trial_expired");
        (await Allowed(CreateClient, owner, trialEndsAt: Now.AddDays(-1), plan: "studio")).ShouldBeTrue();
    }

    private static async Task<bool> Outcome(Func<Task<bool>> attempt)
    {
        try { return await attempt(); }
        catch (ForbiddenException) { return false; }
    }
}
