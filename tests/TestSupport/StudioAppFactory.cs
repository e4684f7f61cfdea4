using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace RecordingStudio.TestSupport;

/// <summary>The real WebApi over the real tenancy runtime, configured for the test servers.</summary>
public sealed class StudioAppFactory(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configureServices = null)
    : WebApplicationFactory<Program>
{
    public IReadOnlyDictionary<string, string?> Settings { get; } = settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (configureServices is not null) builder.ConfigureTestServices(configureServices);
    }

    /// <summary>A client whose requests carry the studio's host, as a browser on maraboo.localhost would send.</summary>
    public HttpClient ClientFor(string subdomain) =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{subdomain}.localhost"), AllowAutoRedirect = false });

    public HttpClient ApexClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });
}
