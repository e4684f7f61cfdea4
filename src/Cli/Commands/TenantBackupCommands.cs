using System.CommandLine;
using RecordingStudio.Application.Platform.Tenants.DeleteTenant;
using RecordingStudio.Application.Platform.Tenants.ExportTenant;
using RecordingStudio.Application.Platform.Tenants.ImportTenant;

namespace RecordingStudio.Cli.Commands;

/// <summary>`rsm tenants export|import|delete`: a studio's database as a file, and its removal.</summary>
public static class TenantBackupCommands
{
    public static void AddTo(Command tenants, CliContext context)
    {
        var exportArg = new Argument<string>("subdomain");
        var exportOut = new Option<string>("--out") { Description = "The file to write (pg_dump custom format)", Required = true };
        var export = new Command("export", "Export a studio's database to a file.") { exportArg, exportOut };
        export.SetAction((parse, ct) => context.RunAsync(async (_, sender) =>
        {
            var result = await sender.Send(new ExportTenantCommand(parse.GetValue(exportArg)!, parse.GetValue(exportOut)!), ct);
            await context.Output.WriteLineAsync($"Exported '{result.Subdomain}' to {result.File} ({result.Bytes:N0} bytes).");
            return 0;
        }, ct));

        var importFile = new Argument<string>("file") { Description = "An export made by `rsm tenants export`" };
        var importSubdomain = new Option<string>("--subdomain") { Required = true };
        var importName = new Option<string>("--name") { Required = true };
        var import = new Command("import", "Restore an export as a new studio.") { importFile, importSubdomain, importName };
        import.SetAction((parse, ct) => context.RunAsync(async (_, sender) =>
        {
            var tenant = await sender.Send(new ImportTenantCommand(parse.GetValue(importFile)!, parse.GetValue(importSubdomain)!, parse.GetValue(importName)!), ct);
            await context.Output.WriteLineAsync($"Imported as '{tenant.Subdomain}' on server {tenant.ServerKey}, database {tenant.DatabaseName}.");
            return 0;
        }, ct));

        var deleteArg = new Argument<string>("subdomain");
        var confirm = new Option<string>("--confirm") { Description = "Type the subdomain again to confirm", Required = true };
        var noExport = new Option<bool>("--no-export") { Description = "Do not export the database first" };
        var deleteOut = new Option<string?>("--out") { Description = "Where the export goes (default: ./<subdomain>-<UTC time>.dump)" };
        var delete = new Command("delete", "Export (unless --no-export), then drop a studio's database; its subdomain becomes free.")
            { deleteArg, confirm, noExport, deleteOut };
        delete.SetAction((parse, ct) => context.RunAsync(async (_, sender) =>
        {
            var subdomain = parse.GetValue(deleteArg)!;
            if (parse.GetValue(confirm) != subdomain)
            {
                await context.Error.WriteLineAsync($"error: --confirm must repeat the subdomain '{subdomain}'; nothing was deleted.");
                return 2;
            }
            if (!parse.GetValue(noExport))
            {
                var file = parse.GetValue(deleteOut) ?? $"{subdomain}-{context.Clock.GetUtcNow():yyyyMMdd-HHmmss}.dump";
                var exported = await sender.Send(new ExportTenantCommand(subdomain, file), ct);
                await context.Output.WriteLineAsync($"Exported to {exported.File} ({exported.Bytes:N0} bytes).");
            }
            await sender.Send(new DeleteTenantCommand(subdomain), ct);
            await context.Output.WriteLineAsync($"Deleted studio '{subdomain}'.");
            return 0;
        }, ct));

        foreach (var command in new[] { export, import, delete }) tenants.Subcommands.Add(command);
    }
}
