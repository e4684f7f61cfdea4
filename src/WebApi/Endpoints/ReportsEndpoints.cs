using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using RecordingStudio.Application.Common.Interfaces;
using RecordingStudio.Application.Studio.Reports.GetOutstandingReport;
using RecordingStudio.Application.Studio.Reports.GetRevenueReport;
using RecordingStudio.Application.Studio.Reports.GetUtilizationReport;
using RecordingStudio.WebApi.Infrastructure;

namespace RecordingStudio.WebApi.Endpoints;

/// <summary>Reports (Managers and Owners): revenue, room utilisation and engineer hours, outstanding balances — JSON, or CSV with <c>Accept: text/csv</c>.</summary>
public sealed class ReportsEndpoints : IEndpointGroup
{
    public static string Description => "Reports (Managers and Owners): revenue, room utilisation and engineer hours, outstanding balances — JSON, or CSV with `Accept: text/csv`.";

    public static string Prefix => "/api/reports";

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireStudioStaff();
        group.MapGet("/revenue", Revenue).Produces(StatusCodes.Status200OK, contentType: CsvResults.ContentType);
        group.MapGet("/utilization", Utilization).Produces(StatusCodes.Status200OK, contentType: CsvResults.ContentType);
        group.MapGet("/outstanding", Outstanding).Produces(StatusCodes.Status200OK, contentType: CsvResults.ContentType);
    }

    /// <summary>Invoiced less credit notes from <c>from</c> to <c>to</c> (studio dates; the year so far unless given), by <c>groupBy</c> month, room or engineer.</summary>
    static async Task<Results<Ok<RevenueReportDto>, ContentHttpResult>> Revenue(DateOnly? from, DateOnly? to, string? groupBy, HttpContext http,
        ISender sender, CancellationToken ct)
    {
        var report = await sender.Send(new GetRevenueReportQuery(from, to, EnumQuery.Parse<RevenueGrouping>(groupBy, "GroupBy") ?? RevenueGrouping.Month), ct);
        if (!CsvResults.Wanted(http.Request)) return TypedResults.Ok(report);
        return CsvResults.Of(http.Response, $"revenue-{report.From:yyyy-MM-dd}-{report.To:yyyy-MM-dd}.csv", [report.GroupBy.ToString().ToLowerInvariant(), "net", "tax", "gross", "currency"],
            report.Rows.Select(r => new object?[] { r.Label, r.Net, r.Tax, r.Gross, report.Currency }));
    }

    /// <summary>Booked over open hours per room, and engineer hours, by <c>period</c> month or week (this month unless given).</summary>
    static async Task<Results<Ok<UtilizationReportDto>, ContentHttpResult>> Utilization(DateOnly? from, DateOnly? to, string? period, HttpContext http,
        ISender sender, CancellationToken ct)
    {
        var report = await sender.Send(new GetUtilizationReportQuery(from, to, EnumQuery.Parse<ReportPeriodKind>(period, "Period") ?? ReportPeriodKind.Month), ct);
        if (!CsvResults.Wanted(http.Request)) return TypedResults.Ok(report);
        return CsvResults.Of(http.Response, $"utilization-{report.From:yyyy-MM-dd}-{report.To:yyyy-MM-dd}.csv", ["period", "kind", "name", "bookedHours", "openHours", "utilizationPercent"],
            report.Rooms.Select(r => new object?[] { r.Period, "room", r.Room, r.BookedHours, r.OpenHours, r.UtilizationPercent })
                .Concat(report.Engineers.Select(e => new object?[] { e.Period, "engineer", e.Engineer, e.Hours, null, null })));
    }

    /// <summary>Unpaid invoices (oldest due first, days overdue) and the balance per client.</summary>
    static async Task<Results<Ok<OutstandingReportDto>, ContentHttpResult>> Outstanding(HttpContext http, ISender sender, CancellationToken ct)
    {
        var report = await sender.Send(new GetOutstandingReportQuery(), ct);
        if (!CsvResults.Wanted(http.Request)) return TypedResults.Ok(report);
        return CsvResults.Of(http.Response, $"outstanding-{report.Today:yyyy-MM-dd}.csv", ["invoice", "client", "issuedOn", "dueOn", "total", "balance", "daysOverdue", "currency"],
            report.Invoices.Select(i => new object?[] { i.Number, i.Client, i.IssuedOn, i.DueOn, i.Total, i.Balance, i.DaysOverdue, report.Currency }));
    }
}
