using Mediator;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Platform.Tenants.ProvisionTenant;
using RecordingStudio.Application.Platform.Tenants;

namespace RecordingStudio.Application.Platform.Signup.SignUp;

/// <summary>
/// Self-service signup on the apex site, in the wizard's three steps: provisions the studio with its Owner and a
/// 14-day trial. A failure leaves nothing behind, and the same request can be sent again.
/// </summary>
[RequiresAccess(Access.Anonymous)]
public sealed record SignUpCommand(SignUpStudio Studio, SignUpAccount Account, SignUpSecurity Security) : ICommand<SignUpResult>;

/// <param name="Language">What the studio's pages and e-mails speak ("fr", "en"); the wizard guesses it from the browser.</param>
public sealed record SignUpStudio(string Name, string Subdomain, string TimeZone, string Currency, string? Language = null);

public sealed record SignUpAccount(string Name, string Email);

public sealed record SignUpSecurity(string Password, string ConfirmPassword, bool AcceptTerms);

public sealed record SignUpResult(string Subdomain, string LoginUrl, DateTimeOffset? TrialEndsAt);

public sealed class SignUpCommandHandler(TenantProvisioning provisioning, IStudioLinks links) : ICommandHandler<SignUpCommand, SignUpResult>
{
    public async ValueTask<SignUpResult> Handle(SignUpCommand command, CancellationToken ct)
    {
        var (studio, account) = (command.Studio, command.Account);
        var tenant = await provisioning.ProvisionAsync(new ProvisionTenantCommand(studio.Subdomain, studio.Name, studio.TimeZone,
            studio.Currency.ToUpperInvariant(), new StudioOwner(account.Name, account.Email.Trim().ToLowerInvariant(), command.Security.Password), studio.Language), ct);
        return new SignUpResult(tenant.Subdomain, links.StudioUrl(tenant.Subdomain, "/login"), tenant.TrialEndsAt);
    }
}
