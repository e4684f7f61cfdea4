namespace RecordingStudio.WebApi.Infrastructure;

/// <summary>Where a page may send the browser back to: a path of this very host, never another site.</summary>
public static class LocalPaths
{
    private static readonly Uri Here = new("http://studio.invalid");

    /// <summary>
    /// The address as a path of this host, with "." and ".." resolved and anything not plain ASCII escaped (a header
    /// carries it), or null when it is not one: empty, absolute, "//elsewhere", "/\elsewhere", or resolving to one.
    /// </summary>
    public static string? Resolve(string? url)
    {
        if (string.IsNullOrEmpty(url) || !IsLocal(url) || !Uri.TryCreate(Here, url, out var resolved) || resolved.Authority != Here.Authority)
            return null;
        var path = resolved.PathAndQuery;
        return IsLocal(path) ? path : null;
    }

    private static bool IsLocal(string url) =>
        url.StartsWith('/') && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
