using System.Diagnostics;
using System.Text.Json;
using RecordingStudio.TestSupport;

namespace RecordingStudio.IntegrationTests.Api;

/// <summary>
/// The API document as an API consumer's tools read it: Redocly's CLI lints /openapi/v1.json with the repository's
/// redocly.yaml (recommended rules; the exceptions justified there) and finds no error and no warning.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class OpenApiLintTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_api_document_lints_clean_with_security_schemes_operation_ids_and_summaries()
    {
        var root = Root();
        var redocly = Path.Combine(root, "build", ".tools", "node_modules", ".bin", "redocly");
        File.Exists(redocly).ShouldBeTrue($"Redocly's CLI is not installed at {redocly}: run build/test.sh, which installs it.");
        var json = await platform.App.ApexClient().GetStringAsync("/openapi/v1.json");
        var document = JsonDocument.Parse(json).RootElement;
        document.GetProperty("info").GetProperty("title").GetString().ShouldBe("Recording Studio Manager API");
        document.GetProperty("components").GetProperty("securitySchemes").EnumerateObject().Select(s => s.Name).ShouldBe(["bearer", "apiKey", "cookie"], ignoreOrder: true);
        // The main operations carry examples (which the lint below checks against their schemas), problems their code,
        // and a body requires only what may not be null.
        var booking = document.GetProperty("paths").GetProperty("/api/sessions").GetProperty("post");
        booking.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example").GetProperty("title").GetString().ShouldBe("Album tracking");
        booking.GetProperty("responses").GetProperty("409").GetProperty("content").GetProperty("application/problem+json")
            .GetProperty("example").GetProperty("code").GetString().ShouldBe("session_overlap");
        // Signup answers on the platform's host: its operations say so, over the document's studio server.
        document.GetProperty("paths").GetProperty("/api/signup").GetProperty("post").GetProperty("servers")[0].GetProperty("url").GetString()!
            .ShouldNotContain("{subdomain}");
        var schemas = document.GetProperty("components").GetProperty("schemas");
        schemas.GetProperty("ProblemDetails").GetProperty("properties").GetProperty("code").GetProperty("type").GetString().ShouldBe("string");
        schemas.GetProperty("CreateClientCommand").GetProperty("required").EnumerateArray().Select(r => r.GetString()).ShouldBe(["name"]);
        var file = Path.Combine(Path.GetTempPath(), $"rsm-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json);
        try
        {
            var lint = Process.Start(new ProcessStartInfo(redocly, ["lint", file, "--config", Path.Combine(root, "redocly.yaml"), "--format", "json", "--max-problems", "500"])
                { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root })!;
            var output = await lint.StandardOutput.ReadToEndAsync();
            var errors = await lint.StandardError.ReadToEndAsync();
            await lint.WaitForExitAsync();
            var totals = JsonDocument.Parse(output).RootElement.GetProperty("totals");
            (totals.GetProperty("errors").GetInt32(), totals.GetProperty("warnings").GetInt32())
                .ShouldBe((0, 0), output.Length > 4000 ? output[..4000] : output + errors);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RecordingStudio.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("The repository root is not above the test's folder.");
    }
}
