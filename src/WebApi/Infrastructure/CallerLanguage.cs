using Microsoft.AspNetCore.Localization;
using RecordingStudio.Application.Resources;

namespace RecordingStudio.WebApi.Infrastructure;

/// <summary>
/// The language to answer a request in where request localization has not set it (an answer written on the way out:
/// the exception handler, status-code pages) or could not (no studio resolved): the one it chose for this request,
/// else the first language of the caller's Accept-Language that the product speaks (q=0 meaning "not this one"), else English.
/// </summary>
public static class CallerLanguage
{
    public static string Of(HttpContext http)
    {
        if (http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.TwoLetterISOLanguageName is { } chosen && Languages.IsSupported(chosen))
            return chosen;
        return http.Request.GetTypedHeaders().AcceptLanguage
            .Where(value => value.Quality is not 0)
            .OrderByDescending(value => value.Quality ?? 1)
            .Select(value => value.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(Languages.IsSupported) ?? Languages.Default;
    }
}
