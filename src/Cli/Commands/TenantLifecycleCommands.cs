using System.CommandLine;
using System.Text.Json;
using RecordingStudio.Application.Platform.Plans;
using RecordingStudio.Application.Platform.Plans.GetPlans;
using RecordingStudio.Application.Platform.Tenants;
using RecordingStudio.Application.Platform.Tenants.ExtendTrial;
using RecordingStudio.Application.Platform.Tenants.GetTenant;
using RecordingStudio.Application.Platform.Tenants.ResumeTenant;
using RecordingStudio.Application.Platform.Tenants.SetTenantLanguage;
using RecordingStudio.Application.Platform.Tenants.SetTenantPlan;
using RecordingStudio.Application.Platform.Tenants.SuspendTenant;

namespace RecordingStudio.Cli.Commands;

/// <summary>`rsm tenants show|suspend|resume|extend-trial|set-plan|set-language`.</summary>
public static class TenantLifecycleCommands
{
    public static void AddTo(Command tenants, CliContext context)
    {
        var subdomain = () => new Argument<string>("subdomain") { Description = "The studio's subdomain" };

        var showArg = subdomain();
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var show = new Command("show", "Everything the platform knows about one studio.") { showArg, json };
        show.SetAction((parse, ct) => context.RunAsync(async (_, sender) =>
        {
            var tenant = await sender.Send(new GetTenantQuery(parse.GetValue(showArg)!), ct);
            await context.Output.WriteLineAsync(parse.GetValue(json) ? JsonSerializer.Serialize(tenant, TenantsCommands.Json) : Describe(tenant));
            return 0;
        }, ct));

        var suspendArg = subdomain();
        var reason = new Option<string>("--reason") { Description = "Why (kept in the catalog)", Required = true };
        var suspend = new Command("suspend", "Suspend a studio: its host answers 403 studio_suspended.") { suspendArg, reason };
        suspend.SetAction((parse, ct) => Change(context, new SuspendTenantCommand(parse.GetValue(suspendArg)!, parse.GetValue(reason)!), "suspended", ct));

        var resumeArg = subdomain();
        var resume = new Command("resume", "Lift a suspension.") { resumeArg };
        resume.SetAction((parse, ct) => Change(context, new ResumeTenantCommand(parse.GetValue(resumeArg)!), "resumed", ct));

        var extendArg = subdomain();
        var days = new Option<int>("--days") { Description = "Days to add (from the trial's end, or from now if it has ended)", Required = true };
        var extend = new Command("extend-trial", "Extend a studio's trial.") { extendArg, days };
        extend.SetAction((parse, ct) => Change(context, new ExtendTrialCommand(parse.GetValue(extendArg)!, parse.GetValue(days)), "extended", ct));

        var planArg = subdomain();
        var plan = new Argument<string>("plan") { Description = "The plan, e.g. trial, studio, pro" };
        var setPlan = new Command("set-plan", "Move a studio to a plan.") { planArg, plan };
        setPlan.SetAction(async (parse, ct) =>
        {
            var subdomain = parse.GetValue(planArg)!;
            var done = await Change(context, new SetTenantPlanCommand(subdomain, parse.GetValue(plan)!), "updated", ct);
            return done != 0 ? done : await WarnIfOverAsync(context, subdomain, ct);
        });

        var languageArg = subdomain();
        var language = new Argument<string>("language") { Description = "A language the product speaks: " + string.Join(", ", Application.Resources.Languages.Supported) };
        var setLanguage = new Command("set-language", "The language the studio speaks to whoever has not chosen one.") { languageArg, language };
        setLanguage.SetAction((parse, ct) => Change(context, new SetTenantLanguageCommand(parse.GetValue(languageArg)!, parse.GetValue(language)!), "updated", ct));

        foreach (var command in new[] { show, suspend, resume, extend, setPlan, setLanguage }) tenants.Subcommands.Add(command);
    }

    private static Task<int> Change(CliContext context, Mediator.ICommand<TenantDto> command, string what, CancellationToken ct) =>
        context.RunAsync(async (_, sender) =>
        {
            var tenant = await sender.Send(command, ct);
            await context.Output.WriteLineAsync(Paint.Ok(context.Output, $"Studio '{tenant.Subdomain}' {what}.") + " (The API sees it within its resolution cache time, 30 s by default.)");
            await context.Output.WriteLineAsync(Describe(tenant));
            return 0;
        }, ct);

    /// <summary>
    /// A smaller plan than the studio already uses is allowed (the operator decides), but said: what it has keeps working,
    /// nothing more of that kind is added until it is under the limit.
    /// </summary>
    private static Task<int> WarnIfOverAsync(CliContext context, string subdomain, CancellationToken ct) =>
        context.RunInStudioAsync(subdomain, async sender =>
        {
            var studio = await sender.Send(new GetStudioPlanQuery(), ct);
            foreach (var over in studio.Excess)
                await context.Error.WriteLineAsync(Paint.Warning(context.Error, $"warning: {subdomain} has {over.Used} " + over.Counted switch
                {
                    PlanCounted.Rooms => $"rooms taking bookings and the {studio.Plan} plan allows {over.Allowed}: they keep their bookings, but no room is added or put back in service until the studio is back within the limit.",
                    PlanCounted.Staff => $"staff accounts and the {studio.Plan} plan allows {over.Allowed}: they keep signing in, but no one is invited until the studio is back within the limit.",
                    _ => $"questions to the assistant this month and the {studio.Plan} plan allows {over.Allowed}: the assistant answers again on the 1st.",
                }));
            return 0;
        }, ct);

    private static string Describe(TenantDto t) => string.Join(Environment.NewLine,
        $"subdomain:   {t.Subdomain}",
        $"name:        {t.Name}",
        $"status:      {t.Status}",
        $"plan:        {t.Plan}" + (t.RequestedPlan is { } asked ? $" (asked for {asked} on {t.PlanRequestedAt:yyyy-MM-dd}: rsm tenants set-plan {t.Subdomain} {asked})" : ""),
        $"language:    {t.Language}",
        $"trial ends:  {t.TrialEndsAt?.ToString("u") ?? "-"}",
        $"created:     {t.CreatedAt:u}",
        $"database:    {t.DatabaseName} on {t.ServerKey} ({t.ProvisioningState}, schema {t.SchemaVersion ?? "-"})",
        $"last error:  {t.LastError ?? "-"}");
}
