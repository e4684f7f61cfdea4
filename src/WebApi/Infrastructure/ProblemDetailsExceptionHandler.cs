using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using RecordingStudio.Application.Common.Exceptions;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Resources;
using RecordingStudio.Domain.Common;

namespace RecordingStudio.WebApi.Infrastructure;

/// <summary>Turns every exception into RFC 9457 ProblemDetails with a stable <c>code</c>; only real faults are 500s.</summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, IStudioLinks links, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        using var scope = logger.BeginScope(RequestTelemetryMiddleware.LogScope(http));
        // Request localization set the caller's language further in and the exception came back out without it (or it
        // never ran: no such studio): the answer takes it back.
        var language = CultureInfo.GetCultureInfo(CallerLanguage.Of(http));
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (language, language);
        if (StudioUnavailablePage.IsFor(http, exception))
        {
            await StudioUnavailablePage.WriteAsync(http, (TenantUnavailableException)exception, links.RootDomain);
            return true;
        }
        var problem = exception switch
        {
            ValidationException ex => Validation(ex),
            BadHttpRequestException ex => Unreadable(ex, http),
            // ASP.NET's form reader refuses a NUL (and other bytes it cannot decode) before any page sees the form.
            InvalidDataException or { InnerException: InvalidDataException } when http.Request.HasFormContentType => Problem(StatusCodes.Status400BadRequest, "bad_request",
                Text.Say("The request could not be read."), Text.Say("The form holds a character that cannot be accepted, such as U+0000.")),
            UnauthenticatedException ex => Problem(StatusCodes.Status401Unauthorized, "unauthenticated", Text.Say("Sign-in required."), ex.Sentence()),
            ForbiddenException ex => WithDetails(Problem(StatusCodes.Status403Forbidden, ex.Code, Text.Say("Not allowed."), ex.Sentence()),
                ex.Action is { } action ? new Dictionary<string, object?> { ["action"] = action } : new Dictionary<string, object?>()),
            NotFoundException ex => Problem(StatusCodes.Status404NotFound, "not_found", Text.Say("Not found."), ex.Sentence()),
            ConflictException ex => WithDetails(Problem(StatusCodes.Status409Conflict, ex.Code, Text.Say("Conflict."), ex.Sentence()), ex.Details),
            InvalidStateException ex => Problem(StatusCodes.Status409Conflict, ex.Code, Text.Say("Conflict."), ex.Sentence()),
            DomainException ex => Problem(StatusCodes.Status400BadRequest, ex.Code, Text.Say("The request breaks a rule."), ex.Sentence()),
            TenantUnavailableException { Code: "database_unavailable" } ex => Busy(http, ex),
            TenantUnavailableException ex => Problem(ex.StatusCode, ex.Code, Text.Say("Studio unavailable."), ex.Sentence()),
            ProvisioningFailedException ex => Problem(StatusCodes.Status503ServiceUnavailable, "provisioning_failed", Text.Say("Provisioning failed."), ex.Sentence()),
            // A database server that is down, refusing connections or out of pooled connections (also when EF wraps it
            // in a save): nothing the caller did, and worth retrying.
            DbException { IsTransient: true } or { InnerException: DbException { IsTransient: true } } => Unavailable(http, exception),
            _ => null,
        };
        if (problem is null)
        {
            // The caller gets the trace id and a sentence; the detail is here, under the same id.
            logger.LogError(exception, "Unhandled exception for {Method} {Path} (trace {TraceId})", http.Request.Method, http.Request.Path,
                System.Diagnostics.Activity.Current?.Id ?? http.TraceIdentifier);
            problem = Problem(StatusCodes.Status500InternalServerError, "internal_error", Text.Say("An unexpected error occurred."), null);
        }

        await problemDetails.WriteAsync(http, problem, exception);
        return true;
    }

    private static ProblemDetails Validation(ValidationException ex)
    {
        var errors = ex.Errors
            .GroupBy(e => FieldName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        var problem = new ValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = Text.Say("One or more fields are invalid."),
            Detail = string.Join(" ", errors.Select(e => $"{e.Key}: {e.Value[0]}")),
        };
        problem.Extensions["code"] = "validation_failed";
        return problem;
    }

    /// <summary>"Studio.Subdomain" → "studio.subdomain": the names the JSON body uses.</summary>
    private static string FieldName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

    /// <summary>A malformed body or parameter: the field to fix and what it takes, under "errors" like a validation error.</summary>
    private ProblemDetails Unreadable(BadHttpRequestException ex, HttpContext http)
    {
        logger.LogDebug(ex, "Unreadable request for {Method} {Path}", http.Request.Method, http.Request.Path);
        var (field, detail) = UnreadableRequest.Explain(ex, http);
        var problem = Problem(ex.StatusCode, "bad_request", Text.Say("The request could not be read."), detail);
        if (field is not null) problem.Extensions["errors"] = new Dictionary<string, string[]> { [FieldName(field)] = [detail] };
        return problem;
    }

    /// <summary>Every connection of the studio's server was in use for the whole wait: come back shortly.</summary>
    private static ProblemDetails Busy(HttpContext http, TenantUnavailableException ex)
    {
        http.Response.Headers.RetryAfter = "5";
        return Problem(ex.StatusCode, ex.Code, Text.Say("Try again shortly."), ex.Sentence());
    }

    private ProblemDetails Unavailable(HttpContext http, Exception exception)
    {
        logger.LogWarning(exception, "Database unavailable for {Method} {Path}", http.Request.Method, http.Request.Path);
        http.Response.Headers.RetryAfter = "5";
        return Problem(StatusCodes.Status503ServiceUnavailable, "database_unavailable", Text.Say("Try again shortly."),
            Text.Say("The studio's database is busy or unreachable at the moment. Try again in a few seconds."));
    }

    private static ProblemDetails Problem(int status, string code, string title, string? detail) => Problems.Create(status, code, title, detail);

    private static ProblemDetails WithDetails(ProblemDetails problem, IReadOnlyDictionary<string, object?> details)
    {
        foreach (var (key, value) in details) problem.Extensions[key] = value;
        return problem;
    }
}
