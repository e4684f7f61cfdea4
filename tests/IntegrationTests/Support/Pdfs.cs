using System.Net;
using UglyToad.PdfPig;

namespace RecordingStudio.IntegrationTests.Support;

/// <summary>PDFs the API serves, fetched and read back as text with PdfPig.</summary>
internal static class Pdfs
{
    public static async Task<byte[]> PdfAsync(HttpClient http, string path)
    {
        var response = await http.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        return await response.Content.ReadAsByteArrayAsync();
    }

    public static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }
}
