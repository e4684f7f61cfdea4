using System.CommandLine;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using RecordingStudio.Application;
using RecordingStudio.Application.Common.Telemetry;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Security;
using RecordingStudio.Cli.Commands;
using RecordingStudio.Infrastructure;
using RecordingStudio.Infrastructure.Tenancy;

namespace RecordingStudio.Cli;

/// <summary>The `rsm` operator CLI: parses arguments and sends the same Application commands as the API.</summary>
public static class CliApp
{
    public static readonly Option<bool> Verbose = new("--verbose") { Description = "Show stack traces and debug logs", Recursive = true };

    public static IConfiguration LoadConfiguration(IEnumerable<KeyValuePair<string, string?>>? overrides = null) =>
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides ?? [])
            .Build();

    public static ServiceProvider BuildServices(IConfiguration configuration, bool verbose = false, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(logging => logging.AddSimpleConsole(o => o.SingleLine = true)
            .SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore", verbose ? LogLevel.Information : LogLevel.None)
            .AddFilter("RecordingStudio.Application.Common.Behaviours", verbose ? LogLevel.Information : LogLevel.None));
        services.AddApplication().AddInfrastructure(configuration);
        // Whoever runs rsm operates the platform: every command is allowed.
        services.AddSingleton<ICurrentUser, OperatorUser>();
        // The same as in src/WebApi/DependencyInjection.cs: Mediator's source generator reads these values from this very lambda at compile
        // time (constants only), so they cannot move into a shared method.
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(Application.DependencyInjection)];
        });
        // A migration run's rsm.* metrics (rsm.migrations, rsm.provisioning…) reach the operator's collector, as the app's do.
        if (!string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService("rsm"))
                .WithMetrics(metrics => metrics.AddMeter(RsmMetrics.MeterName)).UseOtlpExporter();
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public static RootCommand BuildRootCommand(CliContext context)
    {
        var root = new RootCommand("rsm — operate the Recording Studio Manager platform: studios, their databases, migrations.");
        root.Options.Add(Verbose);
        root.Subcommands.Add(TenantsCommands.Build(context));
        root.Subcommands.Add(DbCommands.Build(context));
        root.Subcommands.Add(PlansCommands.Build(context));
        root.Subcommands.Add(DoctorCommands.Build(context));
        root.Subcommands.Add(StaffCommands.Build(context));
        root.Subcommands.Add(ClientsCommands.Build(context));
        root.Subcommands.Add(DemoCommands.Build(context));
        return root;
    }

    /// <summary>Runs one command line; errors are one clear line on stderr and a non-zero exit code.</summary>
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        var verbose = args.Contains("--verbose");
        await using var services = BuildServices(configuration, verbose);
        _ = services.GetService<MeterProvider>(); // no host starts it here; disposing the services exports what was measured
        var context = new CliContext(services, output, error, verbose);
        var parsed = BuildRootCommand(context).Parse(args);
        // Ctrl-C cancels the command's token; a migration then finishes the studios in flight, which may take a while.
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = TimeSpan.FromMinutes(5) });
    }
}

/// <summary>What every command needs: the services, where to write, and one way to report failures.</summary>
public sealed class CliContext(IServiceProvider services, TextWriter output, TextWriter error, bool verbose)
{
    public TextWriter Output { get; } = output;
    public TextWriter Error { get; } = error;

    /// <summary>The clock the application uses (TimeProvider from its services), for dates the CLI makes itself.</summary>
    public TimeProvider Clock => services.GetRequiredService<TimeProvider>();

    /// <summary>Runs an action in its own DI scope (one unit of work) and turns exceptions into one line and exit code 1.</summary>
    public async Task<int> RunAsync(Func<IServiceProvider, ISender, Task<int>> action, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        try
        {
            return await action(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<ISender>());
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            await Error.WriteLineAsync(Paint.Failed(Error, "error: " + Describe(ex)));
            if (verbose) await Error.WriteLineAsync(ex.ToString());
            return 1;
        }
    }

    /// <summary>The same inside one studio, as the tenant-resolution middleware would set it for a request.</summary>
    public Task<int> RunInStudioAsync(string subdomain, Func<ISender, Task<int>> action, CancellationToken ct) =>
        RunAsync(async (scope, sender) =>
        {
            // The operator may work on a suspended studio (export it, reset a password); a request may not.
            await scope.GetRequiredService<TenantScope>().EnterAsync(subdomain, allowSuspended: true, ct);
            return await action(sender);
        }, ct);

    /// <summary>One line for an operator: field errors, or the message and its cause.</summary>
    public static string Describe(Exception ex) => ex switch
    {
        ValidationException v => string.Join("; ", v.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")),
        TenantUnavailableException { Code: "studio_not_found" } => ex.Message + " See `rsm tenants list`.",
        _ => ex.GetBaseException() is { } inner && inner != ex ? $"{ex.Message} ({inner.Message})" : ex.Message,
    };
}
