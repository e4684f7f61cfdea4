namespace RecordingStudio.WebApi.Infrastructure;

public static class ApiPaths
{
    /// <summary>
    /// A machine client's request — the JSON API or the MCP server: refusals are ProblemDetails and status codes,
    /// never a page or a redirect to sign in.
    /// </summary>
    public static bool IsForMachines(this HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/mcp");
}
