using FluentValidation;
using RecordingStudio.Application.Common.Validation;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Studio.Clients;

/// <summary>The fields a client is created and updated with.</summary>
public interface IClientFields
{
    string Name { get; }
    string? Email { get; }
    string? Phone { get; }
    string? ArtistName { get; }
    string? Notes { get; }
    string? BillingAddress { get; }
    string? TaxId { get; }
}

internal static class ClientFieldRules
{
    public static void AddClientFieldRules<T>(this AbstractValidator<T> validator) where T : IClientFields
    {
        validator.RuleFor(x => x.Name).RequiredName();
        validator.RuleFor(x => x.Email).OptionalEmail();
        validator.RuleFor(x => x.Phone).OptionalText(FieldLimits.Phone);
        validator.RuleFor(x => x.ArtistName).OptionalText(FieldLimits.Name);
        validator.RuleFor(x => x.Notes).OptionalText(FieldLimits.Notes);
        validator.RuleFor(x => x.BillingAddress).OptionalText(Domain.Studio.StudioSettings.MaxAddress);
        validator.RuleFor(x => x.TaxId).OptionalText(Domain.Studio.StudioSettings.MaxTaxId);
    }
}
