using FluentValidation;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Platform;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Common.Validation;

/// <summary>Field rules shared by several validators, so a name or an e-mail is checked the same way everywhere.</summary>
public static class RuleExtensions
{
    public static IRuleBuilderOptions<T, string> RequiredName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(FieldLimits.Name);

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength);

    public static IRuleBuilderOptions<T, string?> OptionalEmail<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(FieldLimits.Email).EmailAddress();

    /// <summary>Format and reserved names; whether the subdomain is taken is the caller's own question.</summary>
    public static IRuleBuilderOptionsConditions<T, string> ValidSubdomain<T>(this IRuleBuilder<T, string> rule) =>
        rule.Custom((value, context) =>
        {
            var problem = Subdomain.Check(Subdomain.Normalize(value));
            if (problem != SubdomainProblem.None) context.AddFailure(Subdomain.Explain(problem));
        });

    public static IRuleBuilderOptions<T, decimal> HourlyRate<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThanOrEqualTo(0).LessThan(1_000_000).PrecisionScale(12, 3, ignoreTrailingZeros: true);

    public static IRuleBuilderOptions<T, string> TimeZoneId<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(FieldLimits.TimeZone)
            .Must(StudioCalendar.IsKnownTimeZone).WithMessage("'{PropertyValue}' is not an IANA time zone (e.g. Europe/Paris).");

    /// <summary>A language the product speaks ("en", "fr"); null or empty leaves it as it is.</summary>
    public static IRuleBuilderOptions<T, string?> LanguageCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => string.IsNullOrEmpty(value) || Resources.Languages.IsSupported(value))
            .WithMessage(_ => $"Use one of the languages the product speaks: {string.Join(", ", Resources.Languages.Supported)}.");

    public static IRuleBuilderOptions<T, string> CurrencyCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Length(FieldLimits.Currency).Matches("^[A-Za-z]{3}$").WithMessage("Use a 3-letter ISO 4217 code (e.g. EUR).");

    /// <summary>The caller's own name for an assistant conversation ("test-123", "chat-2025-12-04", a browser tab's id).</summary>
    public static IRuleBuilderOptions<T, string?> ConversationId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches($"^[A-Za-z0-9._:-]{{1,{FieldLimits.ConversationId}}}$")
            .WithMessage($"Use 1 to {FieldLimits.ConversationId} letters, digits, '-', '_', '.' or ':'.");

    public static void Paging<T>(this AbstractValidator<T> validator, Func<T, int> page, Func<T, int> pageSize)
    {
        validator.RuleFor(x => page(x)).InclusiveBetween(1, Models.Paging.MaxPage).OverridePropertyName("Page");
        validator.RuleFor(x => pageSize(x)).InclusiveBetween(1, Models.Paging.MaxPageSize).OverridePropertyName("PageSize");
    }
}
