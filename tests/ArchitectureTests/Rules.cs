using FluentValidation;
using Mediator;
using NetArchTest.Rules;

namespace RecordingStudio.ArchitectureTests;

/// <summary>
/// Each rule takes the types to check and returns the offenders, so the same rule runs on the real assemblies
/// (expecting none) and on the Violations fixtures (expecting some).
/// </summary>
public static class Rules
{
    /// <summary>What a rule answers when its selection holds no type: a renamed namespace must not make it pass on nothing.</summary>
    public const string NothingSelected = "(no type selected: the rule would check nothing)";

    public static IReadOnlyList<string> MustNotDependOn(PredicateList types, params string[] forbidden) =>
        !types.GetTypes().Any() ? [NothingSelected]
            : types.ShouldNot().HaveDependencyOnAny(forbidden).GetResult().FailingTypeNames?.ToList() ?? [];

    /// <summary>An allow-list: the types may depend on these namespaces and nothing else.</summary>
    public static IReadOnlyList<string> MayOnlyDependOn(PredicateList types, params string[] allowed) =>
        !types.GetTypes().Any() ? [NothingSelected]
            : types.Should().OnlyHaveDependenciesOn(allowed).GetResult().FailingTypeNames?.ToList() ?? [];

    private static readonly Type[] HandlerInterfaces =
        [typeof(ICommandHandler<,>), typeof(ICommandHandler<>), typeof(IQueryHandler<,>)];

    private static readonly Type[] MessageInterfaces = [typeof(ICommand<>), typeof(ICommand), typeof(IQuery<>)];

    private static bool Implements(Type type, Type[] openInterfaces) =>
        type.GetInterfaces().Any(i => openInterfaces.Contains(i.IsGenericType ? i.GetGenericTypeDefinition() : i));

    public static IEnumerable<Type> Handlers(IEnumerable<Type> types) =>
        types.Where(t => t is { IsClass: true, IsAbstract: false } && Implements(t, HandlerInterfaces));

    public static IEnumerable<Type> Messages(IEnumerable<Type> types) =>
        types.Where(t => t is { IsClass: true, IsAbstract: false } && Implements(t, MessageInterfaces));

    public static bool IsCommand(Type message) => Implements(message, [typeof(ICommand<>), typeof(ICommand)]);

    /// <summary>Handlers are sealed and named after what they handle.</summary>
    public static IReadOnlyList<string> HandlersAreSealedAndNamed(IEnumerable<Type> types) =>
        Handlers(types).Where(t => !t.IsSealed || !(t.Name.EndsWith("CommandHandler") || t.Name.EndsWith("QueryHandler")))
            .Select(t => t.FullName!).ToList();

    /// <summary>Commands and queries are sealed records whose names say which they are.</summary>
    public static IReadOnlyList<string> MessagesAreSealedRecordsNamedForTheirKind(IEnumerable<Type> types) =>
        Messages(types).Where(t => !t.IsSealed || t.GetMethod("<Clone>$") is null
                || !t.Name.EndsWith(IsCommand(t) ? "Command" : "Query"))
            .Select(t => t.FullName!).ToList();

    /// <summary>Every command has a FluentValidation validator among <paramref name="validatorSource"/>.</summary>
    public static IReadOnlyList<string> CommandsWithoutValidator(IEnumerable<Type> types, IEnumerable<Type> validatorSource)
    {
        var validated = validatorSource
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
            .Select(i => i.GetGenericArguments()[0])
            .ToHashSet();
        return Messages(types).Where(t => IsCommand(t) && !validated.Contains(t)).Select(t => t.FullName!).ToList();
    }

    /// <summary>Every command and query says who may send it; the authorization behaviour refuses those that do not.</summary>
    public static IReadOnlyList<string> MessagesWithoutAccessRule(IEnumerable<Type> types) =>
        Messages(types).Where(t => t.GetCustomAttributes(typeof(RecordingStudio.Application.Common.Security.RequiresAccessAttribute), false).Length == 0)
            .Select(t => t.FullName!).ToList();

    /// <summary>A handler does its work itself or through shared services: it never sends another message (no nested pipeline).</summary>
    public static IReadOnlyList<string> HandlersThatSendMessages(IEnumerable<Type> types) =>
        Handlers(types).Where(t => t.GetConstructors().SelectMany(c => c.GetParameters())
                .Any(p => p.ParameterType == typeof(ISender) || p.ParameterType == typeof(IMediator)))
            .Select(t => t.FullName!).ToList();

    /// <summary>A message, its handler and its validator live in one namespace: the use case's folder.</summary>
    public static IReadOnlyList<string> UseCasePartsOutsideTheirMessagesNamespace(IEnumerable<Type> types)
    {
        var all = types.ToList();
        var handled = Handlers(all).SelectMany(h => h.GetInterfaces()
            .Where(i => i.IsGenericType && HandlerInterfaces.Contains(i.GetGenericTypeDefinition()))
            .Select(i => (Part: h, Message: i.GetGenericArguments()[0])));
        var validated = all.Where(t => t is { IsClass: true, IsAbstract: false } && t.BaseType is { IsGenericType: true } b
                && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .Select(t => (Part: t, Message: t.BaseType!.GetGenericArguments()[0]));
        return handled.Concat(validated).Where(x => x.Part.Namespace != x.Message.Namespace)
            .Select(x => x.Part.FullName!).Distinct().ToList();
    }

    /// <summary>Validators are sealed and named after the message they validate.</summary>
    public static IReadOnlyList<string> ValidatorsAreSealedAndNamed(IEnumerable<Type> types) =>
        types.Where(t => t is { IsClass: true, IsAbstract: false } && t.BaseType is { IsGenericType: true } b
                && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            .Where(t => !t.IsSealed || t.Name != t.BaseType!.GetGenericArguments()[0].Name + "Validator")
            .Select(t => t.FullName!).ToList();
}
