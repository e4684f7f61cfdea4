namespace RecordingStudio.Application.Resources;

/// <summary>
/// The product's words, one resource file per language: Text.resx is English (and every key), Text.fr.resx French.
/// Pages, e-mails and messages ask for them with <c>IStringLocalizer&lt;Text&gt;</c>; keys name the place ("Nav.Calendar").
/// </summary>
public sealed class Text;
