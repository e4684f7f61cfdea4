using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace RecordingStudio.TestSupport;

/// <summary>
/// Makes every request of a test app arrive from one socket address: a reverse proxy's, or a client of the test's own
/// (rate limits are counted per address in the shared platform database, across every app of the run).
/// </summary>
public sealed class FixedClientAddress(string address) : IStartupFilter
{
    /// <summary>An address no other test uses (198.18.0.0/15 is for benchmarking networks).</summary>
    public static string Unique() => $"198.18.{Random.Shared.Next(0, 256)}.{Random.Shared.Next(1, 255)}";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(address);
            return nextMiddleware(context);
        });
        next(app);
    };
}
