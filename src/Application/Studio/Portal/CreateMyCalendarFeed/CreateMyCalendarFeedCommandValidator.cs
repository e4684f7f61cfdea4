using FluentValidation;

namespace RecordingStudio.Application.Studio.Portal.CreateMyCalendarFeed;

/// <summary>Nothing to check: the command carries no input (the client is the signed-in one).</summary>
public sealed class CreateMyCalendarFeedCommandValidator : AbstractValidator<CreateMyCalendarFeedCommand>;
