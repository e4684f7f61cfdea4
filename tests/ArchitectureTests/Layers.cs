using System.Reflection;
using NetArchTest.Rules;

namespace RecordingStudio.ArchitectureTests;

public static class Layers
{
    public static readonly Assembly Domain = typeof(RecordingStudio.Domain.Common.Entity).Assembly;
    public static readonly Assembly Application = typeof(RecordingStudio.Application.DependencyInjection).Assembly;
    public static readonly Assembly Infrastructure = typeof(RecordingStudio.Infrastructure.DependencyInjection).Assembly;
    public static readonly Assembly WebApi = typeof(RecordingStudio.WebApi.DependencyInjection).Assembly;
    public static readonly Assembly Cli = typeof(RecordingStudio.Cli.CliApp).Assembly;

    public const string ViolationsNamespace = "RecordingStudio.ArchitectureTests.Violations";

    public static PredicateList All(Assembly assembly) => Types.InAssembly(assembly).That().ResideInNamespace("RecordingStudio");

    /// <summary>Deliberately bad types, so every rule is shown to fail on something (a rule that checks nothing is caught).</summary>
    public static PredicateList Violations => Types.InAssembly(typeof(Layers).Assembly).That().ResideInNamespace(ViolationsNamespace);

    public static IEnumerable<Type> ViolationTypes =>
        typeof(Layers).Assembly.GetTypes().Where(t => t.Namespace == ViolationsNamespace);

    /// <summary>The violations and the ones kept in a namespace of their own (a part away from its use case).</summary>
    public static IEnumerable<Type> ViolationTypesWithStrays =>
        typeof(Layers).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith(ViolationsNamespace, StringComparison.Ordinal) == true);

    /// <summary>Compiler-generated helper types (closures, state machines) are not the code's own types.</summary>
    public static IEnumerable<Type> OwnTypes(this Assembly assembly) =>
        assembly.GetTypes().Where(t => !t.Name.Contains('<') && t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null);
}
