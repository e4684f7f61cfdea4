using Microsoft.AspNetCore.Http.Features;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Mcp;

/// <summary>
/// What /mcp accepts before the MCP SDK reads a byte: a body of at most <see cref="MaxBodyBytes"/> (a tool call is a few
/// hundred bytes; megabytes would only fill logs and pending actions), and, when a browser says where the page came
/// from, only this very host (the MCP specification asks servers to check Origin against DNS rebinding).
/// </summary>
public sealed class McpRequestGuard(RequestDelegate next)
{
    public const long MaxBodyBytes = 256 * 1024;

    public async Task InvokeAsync(HttpContext http, IProblemDetailsService problems)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            await problems.WriteAsync(http, Problems.Create(StatusCodes.Status413PayloadTooLarge, "request_too_large", "Request too large.",
                $"An MCP message is at most {MaxBodyBytes / 1024} KB."));
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes;
        if (http.Request.Headers.Origin is { Count: > 0 } origin && !SameHost(origin.ToString(), http.Request.Host))
        {
            await problems.WriteAsync(http, Problems.Create(StatusCodes.Status403Forbidden, "origin_not_allowed", "Origin not allowed.",
                "The MCP server answers pages of its own studio's address only."));
            return;
        }
        await next(http);
    }

    private static bool SameHost(string origin, HostString host) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, host.Value, StringComparison.OrdinalIgnoreCase);
}
