using Mediator;
using Microsoft.Extensions.DependencyInjection;
using RecordingStudio.Infrastructure.Tenancy;

namespace RecordingStudio.Benchmarks;

public static class OperatorCommands
{
    /// <summary>Sends a command as the operator (the rsm CLI's services), in its own scope, inside a studio when one is named.</summary>
    public static async Task<T> SendAsync<T>(this ServiceProvider services, string? subdomain, ICommand<T> command)
    {
        await using var scope = services.CreateAsyncScope();
        if (subdomain is not null) await scope.ServiceProvider.GetRequiredService<TenantScope>().EnterAsync(subdomain, allowSuspended: true, CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    public static async Task<T> SendAsync<T>(this ServiceProvider services, string? subdomain, IQuery<T> query)
    {
        await using var scope = services.CreateAsyncScope();
        if (subdomain is not null) await scope.ServiceProvider.GetRequiredService<TenantScope>().EnterAsync(subdomain, allowSuspended: true, CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }

    /// <summary>The database name of a studio.</summary>
    public static async Task<string> DatabaseOfAsync(this ServiceProvider services, string subdomain) =>
        (await services.SendAsync(null, new Application.Platform.Tenants.GetTenant.GetTenantQuery(subdomain))).DatabaseName!;
}
