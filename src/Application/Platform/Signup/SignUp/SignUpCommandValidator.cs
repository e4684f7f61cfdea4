using FluentValidation;
using RecordingStudio.Application.Accounts.Passwords;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Application.Platform.Tenants;
using RecordingStudio.Application.Resources;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Platform.Signup.SignUp;

/// <summary>Every field of the three steps; errors are named "studio.subdomain", "account.email", "security.password"…</summary>
public sealed class SignUpCommandValidator : AbstractValidator<SignUpCommand>
{
    public SignUpCommandValidator(IReadRepository<Organization> organizations)
    {
        RuleFor(x => x.Studio).NotNull();
        RuleFor(x => x.Account).NotNull();
        RuleFor(x => x.Security).NotNull();
        When(x => x.Studio is not null, () =>
        {
            RuleFor(x => x.Studio.Name).RequiredName();
            RuleFor(x => x.Studio.Subdomain).ValidSubdomain().DependentRules(() =>
                RuleFor(x => x.Studio.Subdomain)
                    .MustAsync(async (value, ct) => !await organizations.AnyAsync(new SubdomainInUseSpec(Subdomain.Normalize(value)), ct))
                    .WithMessage(_ => Text.Say(Subdomain.Explain(SubdomainProblem.Taken))));
            RuleFor(x => x.Studio.TimeZone).TimeZoneId();
            RuleFor(x => x.Studio.Currency).CurrencyCode();
            RuleFor(x => x.Studio.Language).LanguageCode();
        });
        When(x => x.Account is not null, () =>
        {
            RuleFor(x => x.Account.Name).RequiredName();
            RuleFor(x => x.Account.Email).NotEmpty().MaximumLength(FieldLimits.Email).EmailAddress();
        });
        When(x => x.Security is not null, () =>
        {
            this.AddPasswordRules(x => x.Security.Password, x => x.Security.ConfirmPassword, "Security.Password", "Security.ConfirmPassword");
            RuleFor(x => x.Security.AcceptTerms).Equal(true).WithSentence("Accept the terms to create a studio.");
        });
    }
}
