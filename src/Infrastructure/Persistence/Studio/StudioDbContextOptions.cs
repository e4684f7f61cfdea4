using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace RecordingStudio.Infrastructure.Persistence.Studio;

/// <summary>The one place the studio context's provider options are set, for requests, provisioning and migrations.</summary>
public static class StudioDbContextOptions
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DbConnection connection) =>
        builder.UseNpgsql(connection, contextOwnsConnection: true).UseSnakeCaseNamingConvention();

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString).UseSnakeCaseNamingConvention();

    /// <summary>A context on its own (typically unpooled) connection string, outside any request.</summary>
    public static StudioDbContext CreateContext(string connectionString) =>
        new(((DbContextOptionsBuilder<StudioDbContext>)Configure(new DbContextOptionsBuilder<StudioDbContext>(), connectionString)).Options);
}
