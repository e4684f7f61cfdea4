using FluentValidation;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Platform.Tenants.ImportTenant;

public sealed class ImportTenantCommandValidator : AbstractValidator<ImportTenantCommand>
{
    public ImportTenantCommandValidator()
    {
        RuleFor(x => x.File).NotEmpty().Must(File.Exists).WithSentence("No export file at '{PropertyValue}'.");
        RuleFor(x => x.Subdomain).ValidSubdomain();
        RuleFor(x => x.Name).RequiredName();
        RuleFor(x => x.TimeZone).TimeZoneId();
    }
}
