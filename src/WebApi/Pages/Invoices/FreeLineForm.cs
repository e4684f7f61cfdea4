using RecordingStudio.Application.Studio.Invoices;

namespace RecordingStudio.WebApi.Pages.Invoices;

/// <summary>A free line as a form posts it (invoices and quotes): empty ones are skipped.</summary>
public sealed class FreeLineForm
{
    public const int Shown = 3;

    public string? Description { get; set; }
    public decimal? Amount { get; set; }
    public decimal? TaxPercent { get; set; }

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
