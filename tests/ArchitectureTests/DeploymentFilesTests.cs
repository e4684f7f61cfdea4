using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using RecordingStudio.Infrastructure.Email;
using RecordingStudio.Infrastructure.Tenancy;
using YamlDotNet.RepresentationModel;

namespace RecordingStudio.ArchitectureTests;

/// <summary>
/// No Docker engine runs here, so the deployment files are read instead: docker-compose.yml must hand the app every
/// setting it reads from the environment (providers, database, e-mail, proxies), and the Dockerfile must give it the
/// PostgreSQL client tools and folders it can write.
/// </summary>
public sealed partial class DeploymentFilesTests
{
    private static readonly string Root = RepositoryFiles.Root;

    [GeneratedRegex("\"([A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+)\"")]
    private static partial Regex EnvironmentName();

    [Fact]
    public void The_app_service_is_passed_every_variable_the_app_reads()
    {
        var app = Environment(Service("app"));
        var read = Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains("Migrations"))
            .SelectMany(f => EnvironmentName().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();
        read.ShouldContain("ANTHROPIC_API_KEY", "the scan must find the provider keys the app reads");
        read.Concat(typeof(EmailOptions).GetProperties().Select(p => $"Email__{p.Name}"))
            .Concat(["ConnectionStrings__Platform", "Tenancy__RootDomain", "Tenancy__StudioUrlTemplate", "ForwardedHeaders__KnownProxies",
                "ForwardedHeaders__KnownNetworks", "ForwardedHeaders__ForwardLimit", "Security__RequireHttps"])
            .Where(name => name != "NO_COLOR") // the terminal's own convention (rsm's colours), not the app's configuration
            .Where(name => !app.ContainsKey(name)).ShouldBeEmpty("docker-compose.yml's app environment must pass it");
        Environment(Service("migrate")).Keys.ShouldBe(app.Keys, ignoreOrder: true, "the migrator reads the same configuration");
    }

    [Fact]
    public void Services_are_checked_for_health_and_the_app_waits_for_the_migrator()
    {
        Service("db").Children.ShouldContainKey(new YamlScalarNode("healthcheck"));
        // The app answers only its own hosts: a probe of "localhost" would get 400 under a real root domain.
        var probe = string.Join(' ', ((YamlSequenceNode)((YamlMappingNode)Service("app")["healthcheck"])["test"]).Select(n => ((YamlScalarNode)n).Value));
        probe.ShouldContain("Host: $${Tenancy__RootDomain}");
        File.ReadAllLines(Path.Combine(Root, "Dockerfile")).Single(l => l.StartsWith("HEALTHCHECK", StringComparison.Ordinal))
            .ShouldContain("Host: ${Tenancy__RootDomain");
        var waits = (YamlMappingNode)Service("app")["depends_on"];
        ((YamlScalarNode)((YamlMappingNode)waits["migrate"])["condition"]).Value.ShouldBe("service_completed_successfully");
        string.Join(' ', ((YamlSequenceNode)Service("migrate")["entrypoint"]).Select(n => ((YamlScalarNode)n).Value)).ShouldEndWith("tenants migrate");
    }

    [Fact]
    public void The_image_restores_before_copying_the_sources_has_the_postgresql_client_and_folders_the_app_user_owns()
    {
        var lines = File.ReadAllLines(Path.Combine(Root, "Dockerfile")).Select(l => l.Trim()).ToList();
        int Index(string start) => lines.FindIndex(l => l.StartsWith(start, StringComparison.Ordinal));
        lines.ShouldNotContain("COPY . .", "the sources come after the restore, so an edit keeps the restore's layer");
        Index("RUN dotnet restore").ShouldBeGreaterThan(-1);
        Index("RUN dotnet restore").ShouldBeLessThan(Index("COPY src/ src/"));
        lines.ShouldContain(l => l.Contains("postgresql-client-${PG_MAJOR}"), "pg_dump and pg_restore for tenants export, import and delete");
        Index("RUN mkdir -p /outbox && chown app").ShouldBeGreaterThan(-1);
        Index("USER app").ShouldBeGreaterThan(Index("RUN mkdir -p /outbox && chown app"));
        Index("HEALTHCHECK").ShouldBeGreaterThan(-1);
        var major = lines.Single(l => l.StartsWith("ARG PG_MAJOR=", StringComparison.Ordinal))["ARG PG_MAJOR=".Length..];
        ((YamlScalarNode)Service("db")["image"]).Value.ShouldBe($"postgres:${{PG_MAJOR:-{major}}}", "the client tools are the server's major version");
    }

    [Fact]
    public void Nginx_keeps_a_tls_proxys_scheme_and_does_not_serve_the_replicas_metrics()
    {
        var nginx = File.ReadAllText(Path.Combine(Root, "build", "docker", "nginx.conf"));
        nginx.ShouldContain("proxy_set_header X-Forwarded-Proto $forwarded_proto;");
        nginx.ShouldContain("default $http_x_forwarded_proto;");
        nginx.ShouldContain("location = /metrics {\n        return 404;");
        // Braces in a ${VAR:-default} end the default early: the template's default is the app's own.
        Environment(Service("app"))["Tenancy__StudioUrlTemplate"].ShouldBe("${RSM_STUDIO_URL:-}");
        var bound = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection([new("Tenancy:StudioUrlTemplate", "")]).Build().GetSection("Tenancy").Get<TenancyOptions>()!;
        bound.StudioUrlTemplate.ShouldBe(TenancyOptions.DefaultStudioUrlTemplate, "an unset variable arrives empty");
    }

    private static YamlMappingNode Service(string name)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Root, "docker-compose.yml"))) yaml.Load(reader);
        return (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["services"])[name];
    }

    private static Dictionary<string, string> Environment(YamlMappingNode service) =>
        ((YamlMappingNode)service["environment"]).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value ?? "");
}
