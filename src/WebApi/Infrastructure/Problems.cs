using Microsoft.AspNetCore.Mvc;

namespace RecordingStudio.WebApi.Infrastructure;

/// <summary>
/// The one shape of every error this API answers: RFC 9457 ProblemDetails with a stable <c>code</c> clients branch on
/// (the title and detail are for people and may change).
/// </summary>
public static class Problems
{
    public static ProblemDetails Create(int status, string code, string title, string? detail)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        problem.Extensions["code"] = code;
        return problem;
    }

    /// <summary>
    /// Writes the problem as the answer (status included), through the app's ProblemDetails service (trace id, the
    /// customizations). A caller whose Accept header takes no JSON (text/html only, XML) still gets it as
    /// application/problem+json: refusing to answer would turn a 404 into a 500.
    /// </summary>
    public static async Task WriteAsync(this IProblemDetailsService service, HttpContext http, ProblemDetails problem, Exception? exception = null)
    {
        http.Response.StatusCode = problem.Status!.Value;
        var context = new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception };
        if (await service.TryWriteAsync(context)) return;
        await http.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null, contentType: "application/problem+json");
    }
}
