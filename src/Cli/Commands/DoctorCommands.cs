using System.CommandLine;
using RecordingStudio.Application.Platform.Tenants.RunDoctor;

namespace RecordingStudio.Cli.Commands;

/// <summary>`rsm doctor`: what an operator checks first when something is off. Exit code 1 when anything is.</summary>
public static class DoctorCommands
{
    public static Command Build(CliContext context)
    {
        var doctor = new Command("doctor", "Check servers, templates, the connection budget and stuck studios.");
        doctor.SetAction((_, ct) => context.RunAsync(async (_, sender) =>
        {
            var report = await sender.Send(new RunDoctorQuery(), ct);
            foreach (var s in report.Servers)
            {
                await context.Output.WriteLineAsync(s.Reachable
                    ? $"{Mark(true)} server {s.Key}: reachable, {s.ConnectionsInUse} of {s.MaxConnections} connections in use"
                    : $"{Mark(false)} server {s.Key}: unreachable ({s.Error})");
                await context.Output.WriteLineAsync($"{Mark(s.TemplateCurrent)} template on {s.Key}: {(s.TemplateCurrent ? "current" : $"not current ({s.TemplateVersion ?? "missing"}); run rsm tenants migrate")}");
                if (s.Reachable)
                    await context.Output.WriteLineAsync($"{Mark(s.BudgetFits)} connections on {s.Key}: up to {s.ConnectionsNeeded} needed " +
                        $"({(s.RunningInstances == 0 ? "one API instance with this configuration" : $"{s.RunningInstances} running API instance(s)")}, " +
                        $"plus the CLI) of {s.ConnectionsAvailable} available (max_connections {s.MaxConnections} less {s.ReservedConnections} reserved)" +
                        (s.BudgetFits ? "" : "; lower Tenancy:ConnectionBudget, run fewer instances or raise max_connections"));
            }
            foreach (var t in report.StuckStudios)
                await context.Output.WriteLineAsync($"{Mark(false)} studio {t.Subdomain} is {t.ProvisioningState}: {t.LastError ?? "no error recorded"} (retry with rsm tenants create)");
            if (report.StuckStudios.Count == 0) await context.Output.WriteLineAsync($"{Mark(true)} no studio stuck in provisioning");
            await context.Output.WriteLineAsync(report.Healthy ? "All good." : "Problems found.");
            return report.Healthy ? 0 : 1;
        }, ct));
        return doctor;
    }

    private static string Mark(bool ok) => ok ? Paint.Ok(Console.Out, "ok  ") : Paint.Failed(Console.Out, "FAIL");
}
