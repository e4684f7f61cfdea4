using FluentValidation;
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
}
