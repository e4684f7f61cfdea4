using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using RecordingStudio.Application.Platform.Plans.GetPlans;

namespace RecordingStudio.Cli.Commands;

/// <summary>`rsm plans list`: the catalog owners choose from (and `tenants set-plan` accepts).</summary>
public static class PlansCommands
{
    public static Command Build(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var list = new Command("list", "The plans, their limits and prices.") { json };
        list.SetAction((parse, ct) => context.RunAsync(async (_, sender) =>
        {
            var plans = await sender.Send(new GetPlansQuery(), ct);
            if (parse.GetValue(json))
            {
                await context.Output.WriteLineAsync(JsonSerializer.Serialize(plans, TenantsCommands.Json));
                return 0;
            }
            ConsoleTables.Write(context.Output, ["PLAN", "TITLE", "ROOMS", "STAFF", "AI TURNS/MONTH", "PRICE/MONTH", "OWNERS CHOOSE"],
                plans.Select(p => (IReadOnlyList<string>)
                [
                    p.Name, p.Title, Limit(p.MaxRooms), Limit(p.MaxStaff), Limit(p.MaxAssistantTurnsPerMonth),
                    p.MonthlyPrice is { } price ? $"{price.ToString("0.00", CultureInfo.InvariantCulture)} {p.Currency}" : "-", p.Selectable ? "yes" : "no",
                ]));
            return 0;
        }, ct));
        return new Command("plans", "The plan catalog.") { list };
    }

    private static string Limit(int? most) => most?.ToString(CultureInfo.InvariantCulture) ?? "no limit";
}
