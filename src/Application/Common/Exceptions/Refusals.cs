using FluentValidation;
using RecordingStudio.Application.Resources;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Common.Exceptions;

public static class Refusals
{
    /// <summary>
    /// The application said no to the request (bad input, missing, conflicting, not allowed, against a rule), as
    /// opposed to a fault. Adapters that speak to people (pages, the assistant) show these as plain answers.
    /// </summary>
    public static bool IsRefusal(this Exception ex) =>
        ex is ValidationException or NotFoundException or ConflictException or ForbiddenException or DomainException;

    /// <summary>
    /// A refusal as a person reads it, in the current language: a validation failure's messages (not "Validation
    /// failed: -- RoomId: …", and already said in the request's language), else its sentence.
    /// </summary>
    public static string Sentence(this Exception refusal) => refusal switch
    {
        ValidationException validation when validation.Errors.Any() => string.Join(" ", validation.Errors.Select(e => e.ErrorMessage).Distinct()),
        ITranslatableMessage message => Text.Say(message),
        _ => refusal.Message,
    };
}
