using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Common.Persistence;
using RecordingStudio.Infrastructure.Persistence;
using RecordingStudio.Infrastructure.Persistence.Platform;
using RecordingStudio.Infrastructure.Persistence.Studio;
using RecordingStudio.Infrastructure.Tenancy;

namespace RecordingStudio.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TenancyOptions>().Bind(configuration.GetSection(TenancyOptions.Section));
        services.AddMemoryCache();
        services.AddSingleton<DatabaseServers>();
        services.AddSingleton<TenantDataSourceRegistry>();

        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddScoped<TenantResolver>();
        services.AddScoped<ITenantCache>(sp => sp.GetRequiredService<TenantResolver>());

        services.AddDbContext<PlatformDbContext>(options => options
            .UseNpgsql(DatabaseServers.PlatformConnectionString(configuration))
            .UseSnakeCaseNamingConvention());

        // The studio context is built per scope on a leased connection of the resolved studio's pool.
        services.AddScoped(sp =>
        {
            var tenant = sp.GetRequiredService<ITenantContext>().Tenant
                ?? throw new TenantUnavailableException("studio_required", "This endpoint is only available on a studio's own host.", 404);
            return sp.GetRequiredService<TenantDataSourceRegistry>().Acquire(tenant);
        });
        services.AddDbContext<StudioDbContext>((sp, options) =>
            StudioDbContextOptions.Configure(options, sp.GetRequiredService<TenantDataSourceRegistry.Lease>().DataSource.CreateConnection()));

        services.AddScoped(typeof(IRepository<>), typeof(EfRepository<>));
        services.AddScoped(typeof(IReadRepository<>), typeof(EfRepository<>));
        services.AddScoped<TenantSchemaMigrator>();
        services.AddScoped<ITenantSchemaMigrator>(sp => sp.GetRequiredService<TenantSchemaMigrator>());
        services.AddScoped<ITenantDatabaseProvisioner, TenantDatabaseProvisioner>();
        return services;
    }
}
