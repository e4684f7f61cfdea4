using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace RecordingStudio.Infrastructure.Persistence.Studio;

/// <summary>The one place the studio context's provider options are set, for requests, provisioning and migrations.</summary>
public static class StudioDbContextOptions
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DbConnection connection) =>
        builder.UseNpgsql(connection, contextOwnsConnection: true).UseSnakeCaseNamingConvention().QuietFailures();

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString).UseSnakeCaseNamingConvention().QuietFailures();

    /// <summary>A context on its own (typically unpooled) connection string, outside any request.</summary>
    public static StudioDbContext CreateContext(string connectionString) =>
        new(((DbContextOptionsBuilder<StudioDbContext>)Configure(new DbContextOptionsBuilder<StudioDbContext>(), connectionString)).Options);

    /// <summary>
    /// EF logs every failed command as an error, also the refusals the application handles (an overlap refused by the
    /// exclusion constraint, a lost race on a row version). A failure that is a fault reaches the exception handler
    /// (API) or the operator's screen (CLI), which report it; EF's own line is only wanted when debugging.
    /// </summary>
    public static DbContextOptionsBuilder QuietFailures(this DbContextOptionsBuilder builder) =>
        builder.ConfigureWarnings(warnings => warnings.Log(
            (RelationalEventId.CommandError, LogLevel.Debug),
            (CoreEventId.SaveChangesFailed, LogLevel.Debug),
            (CoreEventId.QueryIterationFailed, LogLevel.Debug)));
}
