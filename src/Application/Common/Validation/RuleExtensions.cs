using FluentValidation;
using RecordingStudio.Application.Resources;
using RecordingStudio.Domain.Common;
using RecordingStudio.Domain.Platform;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Common.Validation;

/// <summary>Field rules shared by several validators, so a name or an e-mail is checked the same way everywhere.</summary>
public static class RuleExtensions
{
    /// <summary>
    /// A rule's message as an English template, said in the language of the request being validated ({0}… are the
    /// arguments; FluentValidation's own {PropertyValue} is filled after).
    /// </summary>
    public static IRuleBuilderOptions<T, TProperty> WithSentence<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule,
        string template, params object?[] arguments) =>
        rule.WithMessage(_ => Text.Say(template, arguments));

    /// <summary>
    /// A rule on a computed value, named as a field of the request: errors go under <paramref name="propertyName"/> and
    /// its messages name it in the request's language.
    /// </summary>
    public static IRuleBuilderOptions<T, TProperty> Named<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string propertyName) =>
        rule.OverridePropertyName(propertyName).WithName(_ => FieldNames.Say(propertyName[(propertyName.LastIndexOf('.') + 1)..]));

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
            if (problem != SubdomainProblem.None) context.AddFailure(Text.Say(Subdomain.Explain(problem)));
        });

    public static IRuleBuilderOptions<T, decimal> HourlyRate<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThanOrEqualTo(0).LessThan(1_000_000).PrecisionScale(12, 3, ignoreTrailingZeros: true);

    public static IRuleBuilderOptions<T, string> TimeZoneId<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(FieldLimits.TimeZone)
            .Must(StudioCalendar.IsKnownTimeZone).WithSentence("'{PropertyValue}' is not an IANA time zone (e.g. Europe/Paris).");

    /// <summary>A language the product speaks ("en", "fr"); null or empty leaves it as it is.</summary>
    public static IRuleBuilderOptions<T, string?> LanguageCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => string.IsNullOrEmpty(value) || Resources.Languages.IsSupported(value))
            .WithMessage(_ => Text.Say("Use one of the languages the product speaks: {0}.", string.Join(", ", Languages.Supported)));

    public static IRuleBuilderOptions<T, string> CurrencyCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().Length(FieldLimits.Currency).Matches("^[A-Za-z]{3}$").WithSentence("Use a 3-letter ISO 4217 code (e.g. EUR).");

    /// <summary>The caller's own name for an assistant conversation ("test-123", "chat-2025-12-04", a browser tab's id).</summary>
    public static IRuleBuilderOptions<T, string?> ConversationId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches($"^[A-Za-z0-9._:-]{{1,{FieldLimits.ConversationId}}}$")
            .WithSentence("Use 1 to {0} letters, digits, '-', '_', '.' or ':'.", FieldLimits.ConversationId);

    public static void Paging<T>(this AbstractValidator<T> validator, Func<T, int> page, Func<T, int> pageSize)
    {
        validator.RuleFor(x => page(x)).InclusiveBetween(1, Models.Paging.MaxPage).OverridePropertyName("Page");
        validator.RuleFor(x => pageSize(x)).InclusiveBetween(1, Models.Paging.MaxPageSize).OverridePropertyName("PageSize");
    }
}
