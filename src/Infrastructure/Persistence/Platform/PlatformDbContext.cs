using Microsoft.EntityFrameworkCore;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Infrastructure.Persistence.Platform;

/// <summary>The platform catalog: studios (organizations), where their databases live, and the template versions.</summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : DbContext(options)
{
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<TenantDatabase> TenantDatabases => Set<TenantDatabase>();
    public DbSet<TenantTemplate> TenantTemplates => Set<TenantTemplate>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlatformDbContext).Assembly,
            type => type.Namespace == typeof(Configurations.OrganizationConfiguration).Namespace);
}
