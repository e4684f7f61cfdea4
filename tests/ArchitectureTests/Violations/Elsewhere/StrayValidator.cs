using FluentValidation;

// Deliberately wrong: a validator away from its message's namespace (the use case's folder).
namespace RecordingStudio.ArchitectureTests.Violations.Elsewhere;

public sealed class QueryWithoutSuffixValidator : AbstractValidator<QueryWithoutSuffix>;
