using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Domain.Platform;
using RecordingStudio.Domain.Studio;
using RecordingStudio.Infrastructure.Persistence;
using RecordingStudio.Infrastructure.Persistence.Platform;
using RecordingStudio.Infrastructure.Persistence.Studio;
using RecordingStudio.Infrastructure.Tenancy;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Tenancy;

/// <summary>An entity's rows go to the database whose context maps it, whatever namespace the type sits in.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EntityDatabaseTests(PlatformFixture platform)
{
    [Fact]
    public async Task Each_entity_is_read_and_written_in_the_database_whose_context_maps_it()
    {
        var (tenant, _) = await platform.CreateStudioAsync("homes");
        await using var scope = platform.App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<TenantScope>().EnterAsync(tenant.Subdomain, allowSuspended: false, CancellationToken.None);

        var platformTypes = Mapped(services.GetRequiredService<PlatformDbContext>());
        var studioTypes = Mapped(services.GetRequiredService<StudioDbContext>());
        platformTypes.ShouldContain(typeof(Organization));
        studioTypes.ShouldContain(typeof(Client));
        platformTypes.Intersect(studioTypes).ShouldBeEmpty("an entity mapped by both contexts would have no single home");
        foreach (var type in platformTypes) EntityDatabases.Of(type, services).ShouldBe(EntityDatabase.Platform, type.Name);
        foreach (var type in studioTypes) EntityDatabases.Of(type, services).ShouldBe(EntityDatabase.Studio, type.Name);

        // And the repositories really read there: the catalog knows this studio, the studio's database has its rooms.
        (await services.GetRequiredService<IReadRepository<Organization>>().CountAsync(new OrganizationBySubdomain(tenant.Subdomain), default)).ShouldBe(1);
        (await services.GetRequiredService<IReadRepository<Room>>().CountAsync(new AllRooms(), default))
            .ShouldBe(Convert.ToInt32(await platform.ScalarAsync(tenant.ServerKey!, tenant.DatabaseName!, "SELECT count(*) FROM rooms")));
    }

    private static HashSet<Type> Mapped(DbContext db) =>
        db.Model.GetEntityTypes().Where(e => !e.HasSharedClrType && !e.IsOwned()).Select(e => e.ClrType).ToHashSet();

    private sealed class OrganizationBySubdomain : Specification<Organization>
    {
        public OrganizationBySubdomain(string subdomain) => Query.Where(o => o.Subdomain == subdomain);
    }

    private sealed class AllRooms : Specification<Room>;
}
