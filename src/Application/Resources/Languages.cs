using System.Globalization;
using RecordingStudio.Domain.Platform;

namespace RecordingStudio.Application.Resources;

/// <summary>
/// The languages the product speaks: English, and every language with a Text.{language}.resx, found as the satellite
/// assembly it compiles to — so adding a language is adding that one file.
/// </summary>
public static class Languages
{
    public const string Default = Organization.DefaultLanguage;

    private static readonly Lazy<IReadOnlyList<string>> Found = new(() =>
    {
        var assembly = typeof(Text).Assembly;
        var folder = Path.GetDirectoryName(assembly.Location) ?? AppContext.BaseDirectory;
        var satellite = assembly.GetName().Name + ".resources.dll";
        var others = Directory.Exists(folder)
            ? Directory.GetDirectories(folder)
                .Where(dir => File.Exists(Path.Combine(dir, satellite)))
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(IsNeutralCulture)
            : [];
        return [Default, .. others.Where(name => name != Default).OrderBy(name => name, StringComparer.Ordinal)];
    });

    /// <summary>"en" first, then the others by code.</summary>
    public static IReadOnlyList<string> Supported => Found.Value;

    public static bool IsSupported(string? language) => language is not null && Supported.Contains(language);

    /// <summary>The language's name in itself, as a language menu writes it ("Français", "English").</summary>
    public static string NativeName(string language)
    {
        var name = CultureInfo.GetCultureInfo(language).NativeName;
        return name.Length == 0 ? language : char.ToUpper(name[0], CultureInfo.GetCultureInfo(language)) + name[1..];
    }

    /// <summary>
    /// Writes in a person's language until disposed — an e-mail to them, whatever the language of the request that
    /// sends it (a French studio's English-speaking client gets an English invitation).
    /// </summary>
    public static IDisposable Use(string? language)
    {
        var (ui, formats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        var culture = CultureInfo.GetCultureInfo(IsSupported(language) ? language! : Default);
        (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (culture, culture);
        return new Restore(() => (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formats));
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }

    private static bool IsNeutralCulture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true).IsNeutralCulture;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
