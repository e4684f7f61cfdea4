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
        foreach (var status in Enum.GetNames<Domain.Assistant.PendingActionStatus>()) English.ShouldContainKey($"ActionStatus.{status}");
    }

    [Fact]
    public void Every_sentence_the_product_says_to_a_person_is_in_every_language()
    {
        // Refusals and validation messages are keyed by their English template: one missing from the resources would be
        // said in English on a French page. The parity test above then holds every language to the English keys.
        var said = SaidSentences();
        said.Count.ShouldBeGreaterThan(250, "the scan finds the refusals, validation messages and the words inside them");
        said.Where(s => !English.ContainsKey(s.Key)).Select(s => $"{s.Key}   ({s.Value})").Order().ShouldBeEmpty();
    }

    [Fact]
    public void Sentence_keys_are_their_english_and_each_is_still_said_somewhere()
    {
        // A sentence's key is its English: an English value edited in the resources would say something the code (and
        // its logs) do not, and a sentence the code no longer says would keep its translations for nothing.
        var sentences = English.Where(e => !NamedKey().IsMatch(e.Key)).ToList();
        sentences.Count.ShouldBeGreaterThan(250);
        sentences.Where(e => e.Value != e.Key).Select(e => e.Key).ShouldBeEmpty("English value differs from its key");
        var said = SaidSentences();
        sentences.Select(e => e.Key).Where(key => !said.ContainsKey(key)).Order().ShouldBeEmpty("no longer said anywhere");
    }

    [Fact]
    public void Every_field_a_validator_names_has_its_name_in_every_language()
    {
        // FluentValidation's own messages name the field ("'Nom' ne doit pas être vide."): by its Field.{name} text.
        var named = SourceFiles()
            .SelectMany(file => ValidatedField().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value))
            .Distinct().ToList();
        named.Count.ShouldBeGreaterThan(60, "the scan finds RuleFor(x => x.Name) and Named(\"Name\")");
        named.Where(name => !English.ContainsKey($"Field.{name}")).Order().ShouldBeEmpty();
    }

    [Fact]
    public void Refusals_are_made_from_templates_that_a_translation_can_be_found_for()
    {
        // "Room 'Studio A' is inactive" cannot be looked up; "Room '{0}' is inactive" with its argument can.
        var readable = SourceFiles().Where(file => !NotForReaders.Any(part => file.Replace('\\', '/').Contains(part, StringComparison.Ordinal))).ToList();
        var finished = readable
            .SelectMany(file => FinishedSentence().Matches(File.ReadAllText(file)).Select(m => $"{Path.GetFileName(file)}: {m.Value.Trim()}"))
            .ToList();
        // And no sentence at all is interpolated where people read: its words could not be found in another language.
        foreach (var file in readable)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.StartsWith("//", StringComparison.Ordinal) || NotForReadersLine().IsMatch(line)) continue;
                foreach (Match literal in InterpolatedLiteral().Matches(line))
                    if (SentenceLike().IsMatch(literal.Groups["text"].Value) && !Sql().IsMatch(literal.Groups["text"].Value))
                        finished.Add($"{Path.GetFileName(file)}:{i + 1}: {literal.Value}");
            }
        }
        finished.ShouldBeEmpty("use a template with {0}… and its arguments (exceptions, WithSentence, Text.Say)");
    }

    /// <summary>English sentence literals of the code that speaks to people, with where each is.</summary>
    private static Dictionary<string, string> SaidSentences()
    {
        var said = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string sentence, string where) => said.TryAdd(sentence.Replace("\\\"", "\"", StringComparison.Ordinal).Replace(@"\\", @"\", StringComparison.Ordinal), where);
        foreach (var file in SourceFiles().Where(file => !NotForReaders.Any(part => file.Replace('\\', '/').Contains(part, StringComparison.Ordinal))))
        {
            var name = Path.GetFileName(file);
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (line.StartsWith("//", StringComparison.Ordinal) || line.StartsWith('[') || NotForReadersLine().IsMatch(line)) continue;
                foreach (Match literal in Literal().Matches(line))
                    if (SentenceLike().IsMatch(literal.Groups["text"].Value)) Add(literal.Groups["text"].Value, $"{name}:{i + 1}");
            }
        }
        // What the code hands to Text.Say (or as a Term) is said to a person wherever it is, model-facing files included.
        foreach (var file in SourceFiles())
            foreach (Match explicitly in SaidExplicitly().Matches(File.ReadAllText(file))) Add(explicitly.Groups["text"].Value, Path.GetFileName(file));
        foreach (var entity in typeof(Domain.Common.Entity).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Domain.Common.Entity)) && !t.IsAbstract))
            Add(Application.Common.Exceptions.NotFoundException.NameOf(entity), entity.Name);
        foreach (var problem in Enum.GetValues<Domain.Platform.SubdomainProblem>()) Add(Domain.Platform.Subdomain.Explain(problem).Template, "Subdomain.Explain");
        return said;
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(RepositoryFiles.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                           && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                           && !file.Contains($"{Path.DirectorySeparatorChar}Cli{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>
    /// Text not read by a person using the product in their language: metric and API-document descriptions, what the
    /// assistant's model and outside agents read (they answer in the user's language themselves), audit records, the
    /// assistant's own bilingual texts, messages for the operator or a developer (configuration, HTTPS, tokens, exports,
    /// the assistant's providers), and faults the persistence layer raises that are turned into refusals before anyone reads them.
    /// </summary>
    private static readonly string[] NotForReaders =
    [
        "/Telemetry/", "Metrics.cs", "HealthCheck", "ApiDocument.cs", "ApiExamples.cs", "/Mcp/", "AssistantFunctions.cs",
        "AgentResources.cs", "StudioAssistantPlugin.cs", "AssistantTexts.cs", "PendingAction.cs", "ConfirmAssistantAction.cs",
        "CallAgentTool.cs", "AskAssistant.cs", "DatabaseServers.cs", "HttpsRequiredMiddleware.cs", "AntiforgeryMiddleware.cs",
        "ApiKeyAuthenticationHandler.cs", "UniqueConstraintException.cs", "BookingOverlapException.cs", "PgDumpTenantBackup.cs",
        "AiProviders.cs",
    ];

    [GeneratedRegex(@"\bLog(?:Information|Warning|Error|Debug|Critical|Trace)\(|logger\.|InvalidOperationException|ArgumentException|ArgumentOutOfRangeException|Description =>|GeneratedRegex")]
    private static partial Regex NotForReadersLine();

    [GeneratedRegex(@"(?<![@$\w])""(?<text>(?:[^""\\\n]|\\.)*)""")]
    private static partial Regex Literal();

    [GeneratedRegex(@"(?<!@)\$""(?<text>(?:[^""\\\n]|\\.)*)""")]
    private static partial Regex InterpolatedLiteral();

    [GeneratedRegex(@"^(?:SELECT|DROP|CREATE|ALTER|INSERT|UPDATE|DELETE)\b")]
    private static partial Regex Sql();

    // A sentence: starts like one (a capital, a quote or a placeholder), has a space, ends like one.
    [GeneratedRegex(@"^[A-Z'{\\].* .*[.)?:]$")]
    private static partial Regex SentenceLike();

    [GeneratedRegex(@"(?:\b(?:Say|WithSentence)\(|new Term\(|NotFoundException\(|Ensure(?:Open|Hold|NotHeld|Pending)\()\s*""(?<text>(?:[^""\\]|\\.)*)""")]
    private static partial Regex SaidExplicitly();

    // Keys that name a place ("Nav.Calendar", "Field.HourlyRate"), as opposed to sentences keyed by their English.
    [GeneratedRegex(@"^[A-Z][A-Za-z]*\.[A-Za-z0-9.]+$")]
    private static partial Regex NamedKey();

    // RuleFor(x => x.Studio.Name) → Name; .Named("CancellationPolicy.WindowHours") → WindowHours; .Named(nameof(IRoomFields.DayRate)) → DayRate.
    [GeneratedRegex(@"RuleFor(?:Each)?\(\s*\w+\s*=>\s*\w+(?:[.!]+\w+)*?\.(?<name>[A-Z]\w*)!?\s*\)|\.Named\((?:nameof\((?:\w+\.)*(?<name>\w+)\)|""(?:\w+\.)*(?<name>\w+)"")\)")]
    private static partial Regex ValidatedField();

    // A refusal, rule or failure whose message is an interpolated string (or a WithMessage that bypasses WithSentence).
    [GeneratedRegex(@"(?:\bnew\s+(?:[\w.]*\.)?(?:Domain|InvalidState|Conflict|Forbidden|TenantUnavailable)Exception\(\s*(?:""[^""]*""|\$""[^""]*""|[\w.]+)\s*,\s*\$""|\bWithMessage\(\s*\$?""|\bValidationFailure\([^,()]+,\s*\$?""|\bAddFailure\(\s*\$?"")")]
    private static partial Regex FinishedSentence();

    [Fact]
    public void The_resource_files_are_the_ones_the_product_is_built_from()
    {
        // One file per language next to Text.resx: adding a language is adding a Text.{language}.resx.
        var files = Directory.GetFiles(RepositoryFiles.PathOf("src/Application/Resources"), "Text*.resx").Select(Path.GetFileName).Order().ToList();
        files.ShouldBe(["Text.fr.resx", "Text.resx"]);
        var names = XDocument.Load(RepositoryFiles.PathOf("src/Application/Resources/Text.resx")).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToList();
        // The resource compiler keeps one of two names that differ only in case ("Engineer", "engineer"): the other is lost.
        names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g)).ShouldBeEmpty();
        names.Count.ShouldBe(English.Count);
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
