using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using RecordingStudio.Infrastructure.Persistence.Platform;
using RecordingStudio.Infrastructure.Persistence.Studio;

namespace RecordingStudio.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef migrations add` build the models without a running application or database.</summary>
internal sealed class StudioDbContextDesignFactory : IDesignTimeDbContextFactory<StudioDbContext>
{
    public StudioDbContext CreateDbContext(string[] args) => StudioDbContextOptions.CreateContext("Host=localhost;Database=design_time");
}

internal sealed class PlatformDbContextDesignFactory : IDesignTimeDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PlatformDbContext>().UseNpgsql("Host=localhost;Database=design_time").UseSnakeCaseNamingConvention().Options);
}
