using Microsoft.EntityFrameworkCore;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Infrastructure.Persistence.Studio;

/// <summary>One studio's database. Created per request on the connection of the resolved studio; never pooled.</summary>
public sealed class StudioDbContext(DbContextOptions<StudioDbContext> options) : DbContext(options)
{
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<Room> Rooms => Set<Room>();
    public DbSet<Engineer> Engineers => Set<Engineer>();
    public DbSet<Session> Sessions => Set<Session>();
    public DbSet<StudioSettings> Settings => Set<StudioSettings>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("btree_gist");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(StudioDbContext).Assembly,
            type => type.Namespace == typeof(Configurations.SessionConfiguration).Namespace);
    }
}
