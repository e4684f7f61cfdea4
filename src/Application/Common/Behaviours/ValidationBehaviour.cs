using FluentValidation;
using Mediator;
using RecordingStudio.Application.Common.Validation;

namespace RecordingStudio.Application.Common.Behaviours;

/// <summary>
/// Checks the message's text (<see cref="TextInput"/>, the same rule for every message), then runs every FluentValidation
/// validator of the message before its handler. Text that breaks the rule stops here: validators may query the database.
/// </summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = TextInput.Check(message);
        if (failures.Count > 0) throw new ValidationException(failures);
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }
        if (failures.Count > 0) throw new ValidationException(failures);
        return await next(message, cancellationToken);
    }
}
