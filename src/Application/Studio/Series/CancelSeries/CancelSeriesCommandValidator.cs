using FluentValidation;

namespace RecordingStudio.Application.Studio.Series.CancelSeries;

public sealed class CancelSeriesCommandValidator : AbstractValidator<CancelSeriesCommand>
{
    public CancelSeriesCommandValidator() => RuleFor(x => x.Id).NotEmpty();
}
