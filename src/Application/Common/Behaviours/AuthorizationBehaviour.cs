using System.Collections.Concurrent;
using System.Reflection;
using Mediator;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Accounts;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.Application.Common.Behaviours;

/// <summary>
/// Enforces each message's <see cref="RequiresAccessAttribute"/> for every caller (API, pages, CLI, AI assistant),
/// and refuses studio writes once a trial has ended. A message without the attribute is refused: access is never implied.
/// </summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user, ITenantContext tenant, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly ConcurrentDictionary<Type, Access?> Declared = new();

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var access = Declared.GetOrAdd(typeof(TMessage), type => type.GetCustomAttribute<RequiresAccessAttribute>()?.Access)
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} declares no [RequiresAccess].");

        if (access != Access.Anonymous && !user.IsOperator)
        {
            if (user.Role is not { } role) throw new UnauthenticatedException();
            if (!role.Grants(access))
                throw new ForbiddenException("forbidden", "An account with the {0} role may not do this.", role) { Action = Action(typeof(TMessage)) };
            if (message is IBaseCommand and not IAllowedAfterTrial && tenant.Tenant is { } studio && studio.TrialHasEnded(clock.GetUtcNow()))
                throw new ForbiddenException("trial_expired", role.IsStaff()
                    ? new TranslatableText("The trial of '{0}' ended on {1:d MMM yyyy}; the studio is read-only until a plan is chosen (Plan page, /plan) or the trial is extended.",
                        studio.Subdomain, studio.TrialEndsAt?.UtcDateTime)
                    // Its clients are not told about the studio's subscription.
                    : new TranslatableText("{0} is not taking changes online for now: contact the studio directly.", studio.Name));
        }
        return next(message, cancellationToken);
    }

    /// <summary>"SetStudioLanguageCommand" → "SetStudioLanguage": what was refused, for the API's caller (the sentence says it in words).</summary>
    private static string Action(Type message) => message.Name.Replace("Command", "").Replace("Query", "");
}
