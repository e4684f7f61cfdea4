using RecordingStudio.Application.Resources;
using RecordingStudio.Application.Studio.Invoices;

namespace RecordingStudio.WebApi.Pages.Invoices;

/// <summary>A free line as a form posts it (invoices and quotes): empty ones are skipped.</summary>
public sealed class FreeLineForm
{
    public const int Shown = 3;

    public string? Description { get; set; }
    public decimal? Amount { get; set; }
    public decimal? TaxPercent { get; set; }

    /// <summary>
    /// Whether every line can be read: an amount or rate the browser sent that is not a number (model binding's error) or
    /// a described line without an amount is said on its field, never taken as 0.
    /// </summary>
    public static bool Readable(IReadOnlyList<FreeLineForm> lines, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state)
    {
        for (var i = 0; i < lines.Count; i++)
            if (!string.IsNullOrWhiteSpace(lines[i].Description) && lines[i].Amount is null && state[$"Lines[{i}].Amount"]?.Errors.Count is null or 0)
                state.AddModelError($"Lines[{i}].Amount", Text.Say("An amount is needed for this line."));
        return !state.Where(e => e.Key.StartsWith("Lines[", StringComparison.Ordinal)).Any(e => e.Value?.Errors.Count > 0);
    }

    public static List<FreeInvoiceLine> Filled(IEnumerable<FreeLineForm> lines) =>
        lines.Where(l => !string.IsNullOrWhiteSpace(l.Description) || l.Amount is not null)
            .Select(l => new FreeInvoiceLine(l.Description ?? "", l.Amount ?? 0, l.TaxPercent)).ToList();

    /// <summary>The posted lines and empty ones up to <see cref="Shown"/>.</summary>
    public static List<FreeLineForm> Padded(List<FreeLineForm> lines)
    {
        while (lines.Count < Shown) lines.Add(new FreeLineForm());
        return lines;
    }
}
