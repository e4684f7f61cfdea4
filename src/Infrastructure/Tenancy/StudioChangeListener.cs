using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace RecordingStudio.Infrastructure.Tenancy;

/// <summary>
/// Keeps one connection to the platform database listening for studio changes (suspended, resumed, deleted,
/// provisioned) made by any app instance or the CLI, and drops this instance's cached resolution of that studio: every
/// instance refuses a suspended studio within a second or so. After a reconnection (notifications may have been missed)
/// every cached resolution is dropped.
/// </summary>
public sealed class StudioChangeListener(TenantResolver resolver, IConfiguration configuration, ILogger<StudioChangeListener> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(DatabaseServers.PlatformConnectionString(configuration))
        {
            Pooling = false,
            KeepAlive = 30,
        }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => resolver.Forget(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {TenantResolver.ChangeChannel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                resolver.ForgetAll();
                while (!stoppingToken.IsCancellationRequested) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Listening for studio changes failed; listening again in 5 s");
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
