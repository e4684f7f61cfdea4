using Ardalis.Specification;
using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Application.Studio.Clients.GetClientNames;

/// <summary>The names of some clients by id (archived ones too: old sessions keep their client), in one query.</summary>
[RequiresAccess(Access.ReadStudio)]
public sealed record GetClientNamesQuery(IReadOnlyCollection<Guid> Ids) : IQuery<IReadOnlyDictionary<Guid, string>>;

public sealed record ClientName(Guid Id, string Name);

public sealed class ClientNamesSpec : Specification<Client, ClientName>
{
    public ClientNamesSpec(IReadOnlyCollection<Guid> ids)
    {
        Query.Where(c => ids.Contains(c.Id)).AsNoTracking();
        Query.Select(c => new ClientName(c.Id, c.Name));
    }
}

public sealed class GetClientNamesQueryHandler(IReadRepository<Client> clients) : IQueryHandler<GetClientNamesQuery, IReadOnlyDictionary<Guid, string>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, string>> Handle(GetClientNamesQuery query, CancellationToken ct) =>
        query.Ids.Count == 0 ? new Dictionary<Guid, string>()
            : (await clients.ListAsync(new ClientNamesSpec(query.Ids), ct)).ToDictionary(c => c.Id, c => c.Name);
}
