using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Infrastructure.Persistence.Platform;

/// <summary>
/// The platform catalog: studios (organizations), where their databases live, the template versions; and what every
/// app instance and the CLI share: the data-protection key ring, the rate-limit windows, the running instances, the timed work due in every studio.
/// </summary>
public sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<TenantDatabase> TenantDatabases => Set<TenantDatabase>();
    public DbSet<TenantTemplate> TenantTemplates => Set<TenantTemplate>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<RateLimitWindow> RateLimitWindows => Set<RateLimitWindow>();
    public DbSet<AppInstance> AppInstances => Set<AppInstance>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<SpareDatabase> SpareDatabases => Set<SpareDatabase>();
    public DbSet<DueWork> DueWork => Set<DueWork>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlatformDbContext).Assembly,
            type => type.Namespace == typeof(Configurations.OrganizationConfiguration).Namespace);
}
