using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RecordingStudio.Application.Platform.Tenants.GetTenant;
using RecordingStudio.Infrastructure.Tenancy;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Tenancy;

/// <summary>Signup takes a database made ahead of time instead of waiting for CREATE DATABASE.</summary>
[Collection(PlatformCollection.Name)]
public sealed class SpareDatabaseTests(PlatformFixture platform)
{
    private Task<long> ReadyAsync(string server) => CountAsync(
        $"SELECT count(*) FROM spare_databases WHERE server_key = '{server}' AND schema_version = '{TenantSchemaMigrator.Latest}'");

    private async Task<long> CountAsync(string sql) => (long)(await platform.PlatformScalarAsync(sql))!;

    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        for (var waited = 0; waited < 300; waited++)
        {
            if (await condition()) return;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"Waited 30 s for {what}.");
    }

    [Fact]
    public async Task Signup_takes_a_spare_made_ahead_of_time_which_is_then_replaced_and_old_spares_are_not_handed_out()
    {
        using var app = platform.CreateApp(new Dictionary<string, string?> { ["Tenancy:SpareDatabases"] = "2" });
        var spares = app.Services.GetRequiredService<SpareDatabases>(); // starts the app, and its background refill
        await WaitForAsync(async () => await ReadyAsync("main") == 2 && await ReadyAsync("second") == 2, "two spares on each server");
        var spareOids = new List<long>();
        foreach (var server in new[] { "main", "second" })
            spareOids.AddRange(((string)(await platform.ScalarAsync(server, "postgres",
                "SELECT string_agg(oid::text, ',') FROM pg_database WHERE datname LIKE 'rsm\\_spare\\_%'"))!).Split(',').Select(long.Parse));

        var subdomain = PlatformFixture.UniqueSubdomain("spare");
        var signup = await app.ApexClient().PostJsonAsync("/api/signup", new
        {
            studio = new { name = "Spare Studio", subdomain, timeZone = "Europe/Paris", currency = "EUR" },
            account = new { name = "Mara Boo", email = $"mara@{subdomain}.test" },
            security = new { password = "password-123", confirmPassword = "password-123", acceptTerms = true },
        });
        signup.StatusCode.ShouldBe(HttpStatusCode.Created, await signup.Content.ReadAsStringAsync());

        // The studio's database is one of the spares, renamed (a database keeps its oid).
        var tenant = await platform.SendAsync(new GetTenantQuery(subdomain));
        var oid = (long)(uint)(await platform.ScalarAsync(tenant.ServerKey!, "postgres", $"SELECT oid FROM pg_database WHERE datname = '{tenant.DatabaseName}'"))!;
        spareOids.ShouldContain(oid);
        await app.ClientFor(subdomain).SignInWithTokenAsync($"mara@{subdomain}.test", "password-123");
        await WaitForAsync(async () => await ReadyAsync(tenant.ServerKey!) == 2, "the spare handed out to be replaced");

        // After a migration the spares of the old schema are dropped and made again; none is handed out meanwhile.
        await platform.PlatformScalarAsync("UPDATE spare_databases SET schema_version = 'older' WHERE server_key = 'main'");
        var old = (string)(await platform.PlatformScalarAsync("SELECT min(database_name) FROM spare_databases WHERE server_key = 'main'"))!;
        (await spares.TryClaimAsync("main", "rsm_t_never", TenantSchemaMigrator.Latest, CancellationToken.None)).ShouldBeFalse();
        await WaitForAsync(async () => await spares.RefillAsync(TenantSchemaMigrator.Latest, CancellationToken.None) >= 0, "a turn to refill");
        (await ReadyAsync("main")).ShouldBe(2);
        (await platform.ScalarAsync("main", "postgres", $"SELECT count(*) FROM pg_database WHERE datname = '{old}'")).ShouldBe(0L);
    }
}
