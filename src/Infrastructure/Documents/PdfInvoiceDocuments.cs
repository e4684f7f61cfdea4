using System.Globalization;
using System.Reflection;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Infrastructure.Documents;

/// <summary>
/// Invoices and credit notes as A4 PDF with PDFsharp: the studio's legal details, the client, the facts (number, dates),
/// the lines (descriptions wrapped, on as many pages as they need), tax per rate and the totals, the studio's note.
/// </summary>
public sealed class PdfInvoiceDocuments : IInvoiceDocuments
{
    private const double Left = 50, Right = 545, Top = 50, Bottom = 790, LineGap = 3;
    private static readonly (double X, double Width)[] Columns = [(Left, 300), (355, 50), (410, 65), (480, 65)];

    private static readonly XFont Body, Bold, Heading;

    static PdfInvoiceDocuments()
    {
        // Once per process, before the first font: PDFsharp's font resolver is global.
        GlobalFontSettings.FontResolver ??= new EmbeddedFonts();
        (Body, Bold, Heading) = (new(EmbeddedFonts.Family, 9), new(EmbeddedFonts.Family, 9, XFontStyleEx.Bold), new(EmbeddedFonts.Family, 16, XFontStyleEx.Bold));
    }

    public byte[] Pdf(InvoiceDocument document)
    {
        using var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Author = document.Issuer.Name;
        var page = new PageWriter(pdf);

        // The studio on the left, the title and dates on the right, each wrapped to its half so neither runs into the other.
        const double Half = 240;
        foreach (var part in page.Wrap(document.Issuer.Name, Bold, Half)) page.Text(part, Bold, Left, Half);
        foreach (var part in Lines(document.Issuer.Address).SelectMany(l => page.Wrap(l, Body, Half))) page.Text(part, Body, Left, Half);
        if (document.Issuer.TaxId is { } taxId) foreach (var part in page.Wrap(string.Format(CultureInfo.InvariantCulture, document.Words.TaxId, taxId), Body, Half)) page.Text(part, Body, Left, Half);
        var afterIssuer = page.Y;

        page.Y = Top;
        page.Text(document.Title, Heading, Right - Half, Half, XStringFormats.TopRight);
        foreach (var (label, value) in document.Facts) page.Text(string.Format(CultureInfo.InvariantCulture, document.Words.Fact, label, value), Body, Right - Half, Half, XStringFormats.TopRight);
        page.Y = Math.Max(page.Y, afterIssuer) + 20;

        page.Text(document.Words.BillTo, Bold, Left);
        foreach (var part in page.Wrap(document.Recipient.Name, Body, Right - Left)) page.Text(part, Body, Left, Right - Left);
        foreach (var part in Lines(document.Recipient.Address).SelectMany(l => page.Wrap(l, Body, Right - Left))) page.Text(part, Body, Left, Right - Left);
        if (document.Recipient.TaxId is { } clientTaxId) page.Text(string.Format(CultureInfo.InvariantCulture, document.Words.TaxId, clientTaxId), Body, Left, Right - Left);
        if (document.Recipient.Email is { } email) page.Text(email, Body, Left, Right - Left);
        page.Y += 20;

        HeaderRow(page, document.Words);
        foreach (var line in document.Lines)
        {
            var wrapped = page.Wrap(line.Description, Body, Columns[0].Width);
            // A row starts where its first lines fit; a description longer than a page goes on over the next ones.
            if (page.Y + Math.Min(wrapped.Count, 3) * (Body.Height + LineGap) > Bottom)
            {
                page.NewPage();
                HeaderRow(page, document.Words);
            }
            var rowTop = page.Y;
            var rowPage = page.Number;
            for (var p = 0; p < wrapped.Count; p++)
            {
                if (page.Y + Body.Height > Bottom)
                {
                    page.NewPage();
                    HeaderRow(page, document.Words);
                }
                page.Text(wrapped[p], Body, Columns[0].X, Columns[0].Width);
            }
            var afterRow = page.Y;
            page.Back(rowPage); // the amounts go beside the row's first line
            page.Y = rowTop;
            page.Text($"{line.TaxPercent.ToString("0.##", document.Culture is { } c && Currencies.IsCulture(c) ? CultureInfo.GetCultureInfo(c) : CultureInfo.InvariantCulture)} %", Body, Columns[1].X, Columns[1].Width, XStringFormats.TopRight);
            page.Y = rowTop;
            page.Text(Number(line.Net, document), Body, Columns[2].X, Columns[2].Width, XStringFormats.TopRight);
            page.Y = rowTop;
            page.Text(Number(line.Gross, document), Body, Columns[3].X, Columns[3].Width, XStringFormats.TopRight);
            page.Forward();
            page.Y = afterRow + LineGap;
        }

        page.Rule();
        for (var i = 0; i < document.Totals.Count; i++)
        {
            var (label, amount) = document.Totals[i];
            if (page.Y + Bold.Height > Bottom) page.NewPage();
            var font = i == document.Totals.Count - 1 ? Bold : Body; // the amount due
            var rowTop = page.Y;
            page.Text(label, font, 300, 175, XStringFormats.TopRight);
            page.Y = rowTop;
            page.Text(Currencies.Text(amount, document.Currency, document.Culture), font, 450, 95, XStringFormats.TopRight);
        }

        if (document.Issuer.Note is { } note)
        {
            page.Y += 20;
            foreach (var part in Lines(note).SelectMany(l => page.Wrap(l, Body, Right - Left)))
            {
                if (page.Y + Body.Height > Bottom) page.NewPage();
                page.Text(part, Body, Left, Right - Left);
            }
        }

        page.Dispose();
        using var stream = new MemoryStream();
        pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void HeaderRow(PageWriter page, InvoiceDocumentWords words)
    {
        string[] titles = [words.Description, words.Tax, words.Net, words.Gross];
        var top = page.Y;
        for (var i = 0; i < Columns.Length; i++)
        {
            page.Y = top;
            page.Text(titles[i], Bold, Columns[i].X, Columns[i].Width, i == 0 ? XStringFormats.TopLeft : XStringFormats.TopRight);
        }
        page.Rule();
    }

    /// <summary>An amount in a column: the culture's digits and separators (its currency is said once, in the totals).</summary>
    private static string Number(decimal amount, InvoiceDocument document) => Currencies.Number(amount, document.Currency, document.Culture);

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Replace("\r", "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Writes down the page from the top, starting a new page when asked.</summary>
    private sealed class PageWriter(PdfDocument pdf) : IDisposable
    {
        private readonly List<XGraphics> _pages = [XGraphics.FromPdfPage(pdf.AddPage())];
        private XGraphics _graphics => _pages[_current];
        private int _current;

        public double Y { get; set; } = Top;

        /// <summary>The page written on now (0 the first).</summary>
        public int Number => _current;

        /// <summary>Writes on an earlier page for a moment (a row's amounts beside its first line), until <see cref="Forward"/>.</summary>
        public void Back(int page) => _current = page;

        public void Forward() => _current = _pages.Count - 1;

        public void Text(string text, XFont font, double x, double width = 300, XStringFormat? format = null)
        {
            _graphics.DrawString(text, font, XBrushes.Black, new XRect(x, Y, width, font.Height), format ?? XStringFormats.TopLeft);
            Y += font.Height + LineGap;
        }

        public void Rule()
        {
            _graphics.DrawLine(XPens.Gray, Left, Y, Right, Y);
            Y += LineGap * 2;
        }

        public void NewPage()
        {
            _pages.Add(XGraphics.FromPdfPage(pdf.AddPage()));
            _current = _pages.Count - 1;
            Y = Top;
        }

        /// <summary>The text cut at spaces into parts that fit the width (a word longer than the width stands alone).</summary>
        public List<string> Wrap(string text, XFont font, double width)
        {
            var parts = new List<string>();
            foreach (var paragraph in Lines(text))
            {
                var current = "";
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).SelectMany(w => Pieces(w, font, width)))
                {
                    var candidate = current.Length == 0 ? word : $"{current} {word}";
                    if (current.Length > 0 && _graphics.MeasureString(candidate, font).Width > width)
                    {
                        parts.Add(current);
                        current = word;
                    }
                    else current = candidate;
                }
                if (current.Length > 0) parts.Add(current);
            }
            return parts.Count == 0 ? [""] : parts;
        }

        /// <summary>A word wider than the width, cut into pieces that fit (a long reference or address with no space).</summary>
        private IEnumerable<string> Pieces(string word, XFont font, double width)
        {
            while (_graphics.MeasureString(word, font).Width > width && word.Length > 1)
            {
                var fits = 1;
                while (fits < word.Length && _graphics.MeasureString(word[..(fits + 1)], font).Width <= width) fits++;
                yield return word[..fits];
                word = word[fits..];
            }
            yield return word;
        }

        public void Dispose()
        {
            foreach (var graphics in _pages) graphics.Dispose();
        }
    }

    /// <summary>DejaVu Sans, regular and bold, from the assembly's resources (see Fonts/LICENSE).</summary>
    private sealed class EmbeddedFonts : IFontResolver
    {
        public const string Family = "DejaVu Sans";

        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

        public byte[] GetFont(string faceName)
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Fonts.{faceName}.ttf")
                ?? throw new InvalidOperationException($"The font {faceName} is not in the assembly.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
