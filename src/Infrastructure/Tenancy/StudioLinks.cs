using Microsoft.Extensions.Options;
using RecordingStudio.Application.Common.Interfaces;

namespace RecordingStudio.Infrastructure.Tenancy;

public sealed class StudioLinks(IOptions<TenancyOptions> options) : IStudioLinks
{
    public string StudioUrl(string subdomain, string path) =>
        options.Value.StudioUrlTemplate.Replace("{subdomain}", subdomain, StringComparison.Ordinal).TrimEnd('/') + path;

    public string RootDomain => options.Value.RootDomain;
}
