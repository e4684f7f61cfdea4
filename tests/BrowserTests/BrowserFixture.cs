using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using RecordingStudio.TestSupport;

namespace RecordingStudio.BrowserTests;

/// <summary>
/// The real app on Kestrel (a real port, so a real browser can reach it) over the real PostgreSQL fixture, and
/// Debian's Chromium driven by Playwright. Studios are reached as http://&lt;subdomain&gt;.localhost:&lt;port&gt;.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public PlatformFixture Platform { get; } = new();
    public StudioAppFactory Server { get; private set; } = null!;
    public int Port { get; } = FreePort();
    public IPlaywright Playwright { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    /// <summary>The language model behind the assistant panel: a scripted fake provider over HTTP.</summary>
    public FakeModelServer Model { get; private set; } = null!;

    public string Apex => $"http://localhost:{Port}";
    public string StudioUrl(string subdomain) => $"http://{subdomain}.localhost:{Port}";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: run the tests with build/test.sh, which installs Debian's chromium.");
        // Links in e-mails and after signup must point at the browser-facing server.
        Platform.Defaults["Tenancy:StudioUrlTemplate"] = $"http://{{subdomain}}.localhost:{Port}";
        await Platform.InitializeAsync();
        Model = await FakeModelServer.StartAsync();
        Server = Platform.CreateApp(Model.OpenAiSettings());
        Server.UseKestrel(Port);
        Server.StartServer();
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Root in CI has no sandbox; the machine has no network beyond loopback, so no background traffic.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
        Server?.Dispose();
        if (Model is not null) await Model.DisposeAsync();
        await Platform.DisposeAsync();
    }

    /// <summary>
    /// Runs a scenario in a fresh browser context (390 px wide unless said, the browser's language <paramref name="locale"/>
    /// when given); on failure keeps a screenshot under TestResults/screenshots.
    /// </summary>
    public async Task RunAsync(string name, Func<IPage, Task> scenario, string? locale = null, int width = 390)
    {
        await using var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 844 },
            Locale = locale,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        // A page that breaks its own Content-Security-Policy (an inline script, a blocked redirect) or throws in its
        // scripts fails the scenario, even when what the scenario checks still shows.
        var broken = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy")) broken.Add(message.Text); };
        page.PageError += (_, error) => broken.Add(error);
        try
        {
            await scenario(page);
            broken.ShouldBeEmpty();
        }
        catch
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, $"{name}-{DateTime.UtcNow:HHmmss}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            Console.WriteLine($"Screenshot of the failure: {file}");
            foreach (var problem in broken) Console.WriteLine($"Page problem: {problem}");
            throw;
        }
    }

    /// <summary>Signs in on the studio's login page as its Owner (the one StudioSeed and CreateStudioAsync create).</summary>
    public async Task SignInAsOwnerAsync(IPage page, string subdomain)
    {
        await page.GotoAsync(StudioUrl(subdomain) + "/login");
        // By id, not label: the page may be in any language.
        await page.Locator("#Email").FillAsync(PlatformFixture.OwnerEmail(subdomain));
        await page.Locator("#Password").FillAsync(PlatformFixture.OwnerPassword);
        await page.Locator("main button[type=submit]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(StudioUrl(subdomain) + "/dashboard");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
