using RecordingStudio.Application.Studio.Invoices;

namespace RecordingStudio.WebApi.Infrastructure;

public static class PdfResponses
{
    /// <summary>Declares the 200 application/pdf answer a file result does not describe by itself (the API document lists it).</summary>
    public static RouteHandlerBuilder ProducesPdf(this RouteHandlerBuilder endpoint) =>
        endpoint.Produces(StatusCodes.Status200OK, typeof(byte[]), InvoicePdf.ContentType);
}
