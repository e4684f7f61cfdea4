using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RecordingStudio.Application.Accounts.ApiKeys;
using RecordingStudio.TestSupport;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.IntegrationTests.Accounts;

/// <summary>
/// Every studio endpoint that needs an account, called without a credential and with another studio's cookie, token
/// and API key: always 401, never data. A client account gets 403 on every staff endpoint.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class IsolationMatrixTests(PlatformFixture platform)
{
    private IReadOnlyList<(string Method, string Path, string Policy)> ProtectedStudioEndpoints() =>
        platform.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HostKindMetadata>()?.Kind == HostKind.Studio
                        && e.RoutePattern.RawText?.StartsWith("/api") == true
                        && e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any())
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => (
                method,
                "/" + string.Join('/', e.RoutePattern.PathSegments.Select(segment => segment.IsSimple && segment.Parts[0].IsLiteral
                    ? ((Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart)segment.Parts[0]).Content
                    : Guid.NewGuid().ToString())),
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().LastOrDefault(a => a.Policy is not null)?.Policy ?? "")))
            .ToList();

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method is "GET" or "DELETE" ? null : JsonContent.Create(new { name = "x" }),
    };

    [Fact]
    public async Task No_credential_or_another_studios_credential_is_401_on_every_protected_studio_endpoint()
    {
        var endpoints = ProtectedStudioEndpoints();
        endpoints.Count.ShouldBeGreaterThan(30);
        var (a, _) = await platform.CreateStudioAsync("matrix-a");
        var (b, bOwner) = await platform.CreateStudioAsync("matrix-b");
        var bKey = await (await bOwner.PostJsonAsync("/api/api-keys", new { name = "B's key" })).ReadAsync<CreatedApiKeyDto>();
        var bLogin = await platform.App.ClientFor(b.Subdomain)
            .PostJsonAsync("/api/auth/login", new { email = PlatformFixture.OwnerEmail(b.Subdomain), password = PlatformFixture.OwnerPassword });
        var bCookie = string.Join("; ", bLogin.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var bToken = bOwner.DefaultRequestHeaders.Authorization!.ToString();

        var strangers = new (string Name, Action<HttpRequestMessage> Present)[]
        {
            ("no credential", _ => { }),
            ("B's bearer token", r => r.Headers.TryAddWithoutValidation("Authorization", bToken)),
            ("B's cookie", r => r.Headers.TryAddWithoutValidation("Cookie", bCookie)),
            ("B's API key", r => r.Headers.Add("X-Api-Key", bKey.Key)),
        };
        var http = platform.App.CreateClient(new() { BaseAddress = new Uri($"http://{a.Subdomain}.localhost"), HandleCookies = false });
        var failures = new List<string>();
        foreach (var (method, path, _) in endpoints)
            foreach (var (name, present) in strangers)
            {
                var request = Request(method, path);
                present(request);
                var response = await http.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.Unauthorized || body.Contains("\"items\"") || body.Contains("\"id\""))
                    failures.Add($"{method} {path} with {name}: {(int)response.StatusCode} {body[..Math.Min(120, body.Length)]}");
            }
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_client_account_gets_403_on_every_staff_endpoint_and_staff_get_403_in_the_portal()
    {
        var studio = await StudioSeed.CreateAsync(platform, "matrix-client");
        var subdomain = studio.Subdomain;
        var email = $"client@{subdomain}.test";
        await studio.Http.PutJsonAsync($"/api/clients/{studio.Client.Id}", new { name = "Lena", email });
        await studio.Http.PostAsync($"/api/clients/{studio.Client.Id}/portal-invitation", null);
        var client = platform.App.ClientFor(subdomain);
        await platform.AcceptInvitationAsync(client, email, "client-password-1");
        (await client.PostJsonAsync("/api/portal/login", new { email, password = "client-password-1" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var antiforgery = await (await client.GetAsync("/api/auth/antiforgery")).ReadAsync<WebApi.Endpoints.AntiforgeryTokenDto>();

        var failures = new List<string>();
        foreach (var (method, path, policy) in ProtectedStudioEndpoints())
        {
            var request = Request(method, path);
            request.Headers.Add(antiforgery.HeaderName, antiforgery.Token);
            var response = await client.SendAsync(request);
            // A portal endpoint lets the client through (an empty body may be a 400 naming a field, an id not theirs a
            // 404); any other refuses.
            var passed = policy == "Client"
                ? response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.BadRequest
                  || (response.StatusCode == HttpStatusCode.NotFound && Guid.TryParse(path.Split('/')[^2], out _))
                : response.StatusCode == HttpStatusCode.Forbidden || (policy == "" && response.IsSuccessStatusCode);
            if (!passed)
                failures.Add($"{method} {path}: {(int)response.StatusCode}, expected {(policy == "Client" ? "200 or 400" : "403")}");

            var asStaff = await studio.Http.SendAsync(Request(method, path));
            if (policy == "Client" && asStaff.StatusCode != HttpStatusCode.Forbidden)
                failures.Add($"{method} {path} as staff: {(int)asStaff.StatusCode}, expected 403");
        }
        failures.ShouldBeEmpty();
    }

    /// <summary>What only Managers and Owners may do: manage clients, rooms, engineers, calendar feeds, money (prices, quotes, invoices, reports); Owners: staff, keys, settings.</summary>
    private static bool BeyondEngineer(string method, string path) =>
        path.StartsWith("/api/staff") || path.StartsWith("/api/api-keys") || path == "/api/ai/audit" || (method == "PUT" && path == "/api/studio/settings") || path == "/api/studio/plan/request" || path == "/api/studio/language"
        || path.StartsWith("/api/ical-feeds") || path.StartsWith("/api/invoices") || path.StartsWith("/api/quotes") || path.StartsWith("/api/reports") || (path.StartsWith("/api/sessions/") && (path.EndsWith("/price") || path.EndsWith("/deposit")))
        || (method != "GET" && (path.StartsWith("/api/clients") || path.StartsWith("/api/rooms") || path.StartsWith("/api/engineers")));

    [Fact]
    public async Task The_money_pages_are_for_owners_and_managers_not_for_an_engineer_signed_in_to_the_pages()
    {
        var studio = await StudioSeed.CreateAsync(platform, "money-pages");
        var email = $"sam@{studio.Subdomain}.test";
        await studio.Http.PostJsonAsync("/api/staff/invitations", new { email, displayName = "Sam", role = "engineer", engineerId = studio.Sam.Id });
        var engineer = platform.App.ClientFor(studio.Subdomain);
        await platform.AcceptInvitationAsync(engineer, email, "engineer-pass-1");
        (await engineer.PostJsonAsync("/api/auth/login", new { email, password = "engineer-pass-1" })).EnsureSuccessStatusCode();
        (await engineer.GetAsync("/dashboard")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var dashboard = await (await engineer.GetAsync("/dashboard")).Content.ReadAsStringAsync();
        dashboard.ShouldNotContain("invoiced this month", Case.Insensitive, "an engineer's dashboard shows no money");
        dashboard.ShouldNotContain("href=\"/invoices\"");
        foreach (var page in new[] { "/invoices", "/reports", "/quotes", $"/invoices/new?clientId={studio.Client.Id}", $"/quotes/new?clientId={studio.Client.Id}" })
        {
            var response = await engineer.GetAsync(page);
            response.StatusCode.ShouldNotBe(HttpStatusCode.OK, page);
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("Lena Diaz", Case.Sensitive, page);
        }
    }

    [Fact]
    public async Task An_engineer_is_refused_exactly_what_is_beyond_the_role_and_never_treated_as_a_stranger()
    {
        var studio = await StudioSeed.CreateAsync(platform, "matrix-eng");
        var subdomain = studio.Subdomain;
        var email = $"sam@{subdomain}.test";
        await studio.Http.PostJsonAsync("/api/staff/invitations", new { email, displayName = "Sam", role = "engineer", engineerId = studio.Sam.Id });
        var engineer = platform.App.ClientFor(subdomain);
        await platform.AcceptInvitationAsync(engineer, email, "engineer-pass-1");
        await engineer.SignInWithTokenAsync(email, "engineer-pass-1");

        var failures = new List<string>();
        foreach (var (method, path, policy) in ProtectedStudioEndpoints())
        {
            var status = (await engineer.SendAsync(Request(method, path))).StatusCode;
            var expectForbidden = policy == "Client" || BeyondEngineer(method, path);
            if (expectForbidden ? status != HttpStatusCode.Forbidden : status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
                failures.Add($"{method} {path}: {(int)status}, expected {(expectForbidden ? "403" : "not 401/403")}");
        }
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Staff_pages_send_strangers_to_sign_in_and_refuse_other_studios_cookies()
    {
        var (a, _) = await platform.CreateStudioAsync("pages-a");
        var (b, _) = await platform.CreateStudioAsync("pages-b");
        var bLogin = await platform.App.ClientFor(b.Subdomain)
            .PostJsonAsync("/api/auth/login", new { email = PlatformFixture.OwnerEmail(b.Subdomain), password = PlatformFixture.OwnerPassword });
        var bCookie = string.Join("; ", bLogin.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var http = platform.App.CreateClient(new() { BaseAddress = new Uri($"http://{a.Subdomain}.localhost"), HandleCookies = false, AllowAutoRedirect = false });

        foreach (var page in new[] { "/dashboard", "/sessions", "/clients", $"/clients/{Guid.NewGuid()}", $"/sessions/{Guid.NewGuid()}", "/rooms", $"/rooms/{Guid.NewGuid()}", "/engineers", $"/engineers/{Guid.NewGuid()}", "/staff",
                     "/invoices", $"/invoices/{Guid.NewGuid()}", $"/invoices/new?clientId={Guid.NewGuid()}", "/reports",
                     "/quotes", $"/quotes/{Guid.NewGuid()}", $"/quotes/new?clientId={Guid.NewGuid()}" })
        {
            foreach (var cookie in new[] { null, bCookie })
            {
                var request = new HttpRequestMessage(HttpMethod.Get, page);
                if (cookie is not null) request.Headers.Add("Cookie", cookie);
                var response = await http.SendAsync(request);
                response.StatusCode.ShouldBe(HttpStatusCode.Redirect, page);
                response.Headers.Location!.ToString().ShouldStartWith($"http://{a.Subdomain}.localhost/login");
            }
        }
        var portal = await http.GetAsync("/client/sessions");
        portal.Headers.Location!.ToString().ShouldBe("/client/login?ReturnUrl=%2Fclient%2Fsessions");
    }
}
