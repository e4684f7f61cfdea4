using Mediator;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Application.Resources;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Platform.Tenants.CheckSubdomainAvailability;

/// <summary>
/// Whether a subdomain can be used for a new studio, and if not why: format, reserved or taken. The subdomain of a
/// failed provisioning is free again: nothing was left behind, and the same signup may simply be retried.
/// </summary>
[RequiresAccess(Access.Anonymous)]
public sealed record CheckSubdomainAvailabilityQuery(string? Subdomain) : IQuery<SubdomainAvailabilityDto>;

public sealed record SubdomainAvailabilityDto(string Subdomain, bool Available, string? Reason, string Message);

public sealed class CheckSubdomainAvailabilityQueryHandler(IReadRepository<Organization> organizations)
    : IQueryHandler<CheckSubdomainAvailabilityQuery, SubdomainAvailabilityDto>
{
    public async ValueTask<SubdomainAvailabilityDto> Handle(CheckSubdomainAvailabilityQuery query, CancellationToken ct)
    {
        var subdomain = Subdomain.Normalize(query.Subdomain);
        var problem = Subdomain.Check(subdomain);
        if (problem == SubdomainProblem.None && await organizations.AnyAsync(new SubdomainInUseSpec(subdomain), ct))
            problem = SubdomainProblem.Taken;
        return new SubdomainAvailabilityDto(
            subdomain,
            problem == SubdomainProblem.None,
            problem == SubdomainProblem.None ? null : problem.ToString().ToLowerInvariant(),
            Text.Say(Subdomain.Explain(problem)));
    }
}
