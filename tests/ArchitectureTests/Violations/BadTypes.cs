using Mediator;
using Microsoft.EntityFrameworkCore;
using RecordingStudio.Infrastructure.Persistence.Studio;

// Deliberately wrong code: each type breaks one architecture rule, so the rules are shown to catch it.
namespace RecordingStudio.ArchitectureTests.Violations;

public class UnvalidatedCommand : ICommand;

public sealed record QueryWithoutSuffix : IQuery<int>;

public class UnsealedCommandHandler : ICommandHandler<UnvalidatedCommand>
{
    public ValueTask<Unit> Handle(UnvalidatedCommand command, CancellationToken cancellationToken) => ValueTask.FromResult(Unit.Value);
}

public sealed class MisnamedValidator : FluentValidation.AbstractValidator<QueryWithoutSuffix>;

/// <summary>An "endpoint" that reaches for the database instead of sending a command.</summary>
public sealed class EndpointUsingDbContext(StudioDbContext db)
{
    public Task<int> CountAsync() => db.Clients.CountAsync();
}

/// <summary>A handler that sends another message through the mediator instead of doing its work.</summary>
public sealed class SendingQueryHandler(ISender sender) : IQueryHandler<QueryWithoutSuffix, int>
{
    public async ValueTask<int> Handle(QueryWithoutSuffix query, CancellationToken cancellationToken) =>
        await sender.Send(new QueryWithoutSuffix(), cancellationToken);
}
