using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Html;

namespace RecordingStudio.WebApi.Pages.Shared;

/// <summary>Charts drawn by the server as inline SVG: no script, no CDN; each bar carries its value as a tooltip and the chart a text alternative.</summary>
public static class SvgCharts
{
    private const int Width = 640, Height = 220, Top = 16, Bottom = 40, Left = 8;

    /// <summary>Vertical bars, one per label, scaled to the largest value; negative values draw as empty.</summary>
    public static IHtmlContent Bars(string title, IReadOnlyList<(string Label, decimal Value, string Text)> bars)
    {
        var chart = new System.Text.StringBuilder();
        var id = "chart-" + Guid.NewGuid().ToString("N")[..8];
        chart.Append(CultureInfo.InvariantCulture,
            $"""<svg class="chart" viewBox="0 0 {Width} {Height}" role="img" aria-labelledby="{id}" preserveAspectRatio="xMidYMid meet"><title id="{id}">{Encode(title)}: {Encode(string.Join(", ", bars.Select(b => $"{b.Label} {b.Text}")))}</title>""");
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        var slot = bars.Count == 0 ? 0 : (double)(Width - Left * 2) / bars.Count;
        var plot = Height - Top - Bottom;
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value, text) = bars[i];
            var height = max <= 0 || value <= 0 ? 0 : (double)(value / max) * plot;
            var x = Left + i * slot + slot * 0.15;
            var barWidth = slot * 0.7;
            chart.Append(CultureInfo.InvariantCulture,
                $"""<g><title>{Encode(label)}: {Encode(text)}</title><rect class="bar" x="{x:0.#}" y="{Top + plot - height:0.#}" width="{barWidth:0.#}" height="{height:0.#}" rx="2"></rect>""");
            chart.Append(CultureInfo.InvariantCulture,
                $"""<text x="{x + barWidth / 2:0.#}" y="{Height - Bottom + 16}" text-anchor="middle">{Encode(Shorten(label))}</text></g>""");
        }
        chart.Append("</svg>");
        return new HtmlString(chart.ToString());
    }

    private static string Shorten(string label) => label.Length <= 12 ? label : label[..11] + "…";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
