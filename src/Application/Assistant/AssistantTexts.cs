using System.Text.RegularExpressions;

namespace RecordingStudio.Application.Assistant;

/// <summary>
/// What the assistant says by itself (no model involved), in the language the question was asked in: French or English.
/// A guess from the words used is enough for these few fixed answers.
/// </summary>
public static partial class AssistantTexts
{
    public static bool LooksFrench(string message) =>
        FrenchLetters().IsMatch(message) || FrenchWords().Matches(message.ToLowerInvariant()).Count > 0;

    public static string NoModel(bool french) => french
        ? "Aucun modèle de langage n'est configuré : je ne sais exécuter que des commandes. Tapez /help pour les voir. " +
          "Pour poser des questions en langage courant, définissez ANTHROPIC_API_KEY, OPENAI_API_KEY (et OPENAI_BASE_URL pour un serveur compatible) ou OLLAMA_ENDPOINT."
        : "No language model is configured, so I can only run commands. Type /help to see them. " +
          "To ask questions in plain language, set ANTHROPIC_API_KEY, OPENAI_API_KEY (and OPENAI_BASE_URL for a compatible server) or OLLAMA_ENDPOINT.";

    public static string Unavailable(bool french) => french
        ? "Je ne peux pas joindre de modèle de langage pour le moment. Les commandes marchent toujours : tapez /help."
        : "I cannot reach a language model right now. Commands still work: type /help.";

    public static string Expired(bool french, string summary) => french
        ? $"Cette proposition a expiré sans confirmation : {summary}. Redemandez-la si vous la voulez toujours."
        : $"That proposal expired without a confirmation: {summary}. Ask again if you still want it.";

    [GeneratedRegex("[éèêàçùûôîœ]", RegexOptions.IgnoreCase)]
    private static partial Regex FrenchLetters();

    [GeneratedRegex(@"\b(combien|quel|quels|quelle|quelles|qui|quand|est-ce|c'est|j'ai|je|mes|mon|ma|les|des|du|une|demain|aujourd'hui|semaine|bonjour|merci|oui|salle|séance|séances|réserve|réserver|annule|annuler|libre|pour|avec)\b")]
    private static partial Regex FrenchWords();
}
