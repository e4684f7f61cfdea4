using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Resources;

namespace RecordingStudio.WebApi.Infrastructure;

/// <summary>
/// Which language a request is answered in, first match wins: the person's own choice (the language cookie, written
/// by the language menu and at sign-in from their profile); for machines (/api, /mcp) the Accept-Language they send,
/// else English; for pages the studio's language, else the browser's (the apex, where there is no studio yet).
/// Formats follow the language (dates, numbers); money keeps the studio's culture (see StudioPageModel.Money).
/// </summary>
public static class StudioLocalization
{
    public const string CookieName = ".rsm.lang";

    public static IServiceCollection AddStudioLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        // Pages in French are written as French ("é", not "&#xE9;"); markup characters are still encoded.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Languages.Supported.Select(CultureInfo.GetCultureInfo).ToList();
            options.DefaultRequestCulture = new RequestCulture(Languages.Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            var browser = new AcceptLanguageHeaderRequestCultureProvider();
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { CookieName = CookieName },
                new CustomRequestCultureProvider(http => http.Request.IsForMachines()
                    ? browser.DetermineProviderCultureResult(http)
                    : Task.FromResult<ProviderCultureResult?>(null)),
                // Machines get what they ask for (else English), whatever language the studio speaks to people.
                new CustomRequestCultureProvider(http => Task.FromResult(
                    !http.Request.IsForMachines() && http.RequestServices.GetService<ITenantContext>()?.Tenant?.Language is { } language
                        ? new ProviderCultureResult(language) : null)),
                new CustomRequestCultureProvider(http => http.Request.IsForMachines()
                    ? Task.FromResult<ProviderCultureResult?>(null) : browser.DetermineProviderCultureResult(http)),
            ];
        });
        // Browsers post numbers and dates in one format whatever the page's language ("65.50", "2026-12-01"): forms
        // are read invariantly, as the query string already is, so a French page does not read 65.50 as 6550.
        services.Configure<MvcOptions>(options =>
        {
            var index = options.ValueProviderFactories.IndexOf(options.ValueProviderFactories.OfType<FormValueProviderFactory>().Single());
            options.ValueProviderFactories[index] = new InvariantFormValueProviderFactory();
            // "65,50" is no amount a browser sends: read with thousands separators it would be 6550, so it is refused.
            options.ModelBinderProviders.Insert(0, new PlainDecimalBinderProvider());
        });
        return services;
    }

    /// <summary>Remembers a language choice in the browser for a year (it is not a secret; scripts need not read it).</summary>
    public static void RememberLanguage(this HttpResponse response, string language) =>
        response.Cookies.Append(CookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)), new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = response.HttpContext.Request.IsHttps, IsEssential = true,
        });

    private sealed class PlainDecimalBinderProvider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            context.Metadata.UnderlyingOrModelType == typeof(decimal) ? new PlainDecimalBinder() : null;
    }

    /// <summary>A decimal as number inputs send it: digits, one point, a sign — no thousands separators, no exponent.</summary>
    private sealed class PlainDecimalBinder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext context)
        {
            var value = context.ValueProvider.GetValue(context.ModelName);
            if (value == ValueProviderResult.None) return Task.CompletedTask;
            context.ModelState.SetModelValue(context.ModelName, value);
            var text = value.FirstValue?.Trim();
            var words = context.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Text>>();
            if (string.IsNullOrEmpty(text))
            {
                // Empty: nothing for a decimal? (left null), an error for a decimal the form needs.
                if (!context.ModelMetadata.IsReferenceOrNullableType) context.ModelState.TryAddModelError(context.ModelName, words["Form.NumberNeeded"]);
                return Task.CompletedTask;
            }
            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                context.Result = ModelBindingResult.Success(number);
            else
                context.ModelState.TryAddModelError(context.ModelName, words["Form.NotANumber", text]);
            return Task.CompletedTask;
        }
    }

    private sealed class InvariantFormValueProviderFactory : IValueProviderFactory
    {
        public async Task CreateValueProviderAsync(ValueProviderFactoryContext context)
        {
            var request = context.ActionContext.HttpContext.Request;
            if (!request.HasFormContentType) return;
            try
            {
                var form = await request.ReadFormAsync(context.ActionContext.HttpContext.RequestAborted);
                context.ValueProviders.Add(new FormValueProvider(BindingSource.Form, form, CultureInfo.InvariantCulture));
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException)
            {
                throw new ValueProviderException(Text.Say("The form could not be read."), ex);
            }
        }
    }
}
