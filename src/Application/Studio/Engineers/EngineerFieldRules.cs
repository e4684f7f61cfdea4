using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Studio.Engineers;

/// <summary>The fields an engineer is created and updated with.</summary>
public interface IEngineerFields
{
    string Name { get; }
    string? Email { get; }
    decimal HourlyRate { get; }
}

internal static class EngineerFieldRules
{
    public static void AddEngineerFieldRules<T>(this AbstractValidator<T> validator) where T : IEngineerFields
    {
        validator.RuleFor(x => x.Name).RequiredName();
        validator.RuleFor(x => x.Email).OptionalEmail();
        validator.RuleFor(x => x.HourlyRate).HourlyRate();
    }
}
