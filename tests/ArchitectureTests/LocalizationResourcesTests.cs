using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using RecordingStudio.Application.Resources;

namespace RecordingStudio.ArchitectureTests;

/// <summary>
/// Every language says everything: a key missing in one language, a key used but defined nowhere, or a translation
/// that drops a placeholder ({0}) fails here rather than showing a key or an English sentence on a French page.
/// </summary>
public sealed partial class LocalizationResourcesTests
{
    private static readonly ResourceManager Resources = new(typeof(Text).FullName!, typeof(Text).Assembly);

    private static IReadOnlyDictionary<string, string> English { get; } = Read(CultureInfo.InvariantCulture);

    [Fact]
    public void The_product_speaks_english_and_french_and_finds_each_language_by_its_file() =>
        Languages.Supported.ShouldBe(["en", "fr"], ignoreOrder: false);

    [Fact]
    public void Every_language_has_every_key_with_the_same_placeholders_and_nothing_else()
    {
        English.Count.ShouldBeGreaterThan(50);
        foreach (var language in Languages.Supported.Where(l => l != Languages.Default))
        {
            var translated = Read(CultureInfo.GetCultureInfo(language));
            English.Keys.Except(translated.Keys).ShouldBeEmpty($"missing in {language}");
            translated.Keys.Except(English.Keys).ShouldBeEmpty($"only in {language}: keys no page asks for in English");
            foreach (var (key, text) in English)
                Placeholders(translated[key]).ShouldBe(Placeholders(text), $"{key} in {language}");
            translated.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key).ShouldBeEmpty($"empty in {language}");
        }
    }

    [Fact]
    public void Every_key_the_pages_ask_for_is_defined()
    {
        var used = Directory.EnumerateFiles(RepositoryFiles.PathOf("src"), "*.*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".cshtml", StringComparison.Ordinal) || file.EndsWith(".cs", StringComparison.Ordinal))
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => KeyUse().Matches(File.ReadAllText(file)).Select(m => (Key: m.Groups["key"].Value, File: Path.GetFileName(file))))
            .ToList();
        used.Count.ShouldBeGreaterThan(50, "the scan finds the pages' T[\"…\"]");
        used.Where(u => !English.ContainsKey(u.Key)).Select(u => $"{u.Key} ({u.File})").Distinct().ShouldBeEmpty();
    }

    [Fact]
    public void Keys_made_from_values_exist_for_every_value()
    {
        // Keys a page builds at run time ("Status." + status, "Hold.2") are out of reach of the scan above.
        foreach (var status in Enum.GetNames<Domain.Studio.SessionStatus>()) English.ShouldContainKey($"Status.{status}");
        foreach (var rank in new[] { "Any", "1", "2", "3", "N" }) English.ShouldContainKey($"Hold.{rank}");
        foreach (var status in Enum.GetNames<Domain.Studio.QuoteStatus>()) English.ShouldContainKey($"QuoteStatus.{status}");
        foreach (var status in Enum.GetNames<Domain.Studio.InvoiceStatus>()) English.ShouldContainKey($"InvoiceStatus.{status}");
        foreach (var status in Enum.GetNames<Domain.Studio.BookingRequestStatus>()) English.ShouldContainKey($"RequestStatus.{status}");
        foreach (var role in Enum.GetNames<Domain.Accounts.AccountRole>()) English.ShouldContainKey($"Role.{role}");
        foreach (var method in Enum.GetNames<Domain.Studio.PaymentMethod>()) English.ShouldContainKey($"PaymentMethod.{method}");
    }

    [Fact]
    public void The_resource_files_are_the_ones_the_product_is_built_from()
    {
        // One file per language next to Text.resx: adding a language is adding a Text.{language}.resx.
        var files = Directory.GetFiles(RepositoryFiles.PathOf("src/Application/Resources"), "Text*.resx").Select(Path.GetFileName).Order().ToList();
        files.ShouldBe(["Text.fr.resx", "Text.resx"]);
        XDocument.Load(RepositoryFiles.PathOf("src/Application/Resources/Text.resx")).Root!.Elements("data").Count().ShouldBe(English.Count);
    }

    private static Dictionary<string, string> Read(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    private static List<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Order().ToList();

    [GeneratedRegex(@"\{\d+(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();

    // T["Key"], text["Key"], localizer["Key"]: a localizer indexed with a literal key.
    [GeneratedRegex(@"\b(?:T|text|localizer)\[""(?<key>[A-Za-z]+\.[A-Za-z0-9.]+)""")]
    private static partial Regex KeyUse();
}
