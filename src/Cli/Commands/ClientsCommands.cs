using System.CommandLine;
using System.Text.Json;
using RecordingStudio.Application.Studio.Clients.GetAllClients;

namespace RecordingStudio.Cli.Commands;

/// <summary>`rsm clients list --studio S [--search Q]`: the very query the API and the assistant use.</summary>
public static class ClientsCommands
{
    public static Command Build(CliContext context)
    {
        var studio = StudioOption.Required();
        var search = new Option<string?>("--search") { Description = "Name, artist, e-mail or phone contains" };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table" };
        var list = new Command("list", "List a studio's clients.") { studio, search, json };
        list.SetAction((parse, ct) => context.RunInStudioAsync(parse.GetValue(studio)!, async sender =>
        {
            var page = await sender.Send(new GetAllClientsQuery(parse.GetValue(search), PageSize: Application.Common.Models.Paging.MaxPageSize), ct);
            if (parse.GetValue(json)) await context.Output.WriteLineAsync(JsonSerializer.Serialize(page, TenantsCommands.Json));
            else
            {
                ConsoleTables.Write(context.Output, ["NAME", "ARTIST", "E-MAIL", "PHONE"],
                    page.Items.Select(c => (IReadOnlyList<string>)[c.Name, c.ArtistName ?? "-", c.Email ?? "-", c.Phone ?? "-"]));
                await context.Output.WriteLineAsync($"{page.TotalCount} client(s).");
            }
            return 0;
        }, ct));
        return new Command("clients", "A studio's clients.") { list };
    }
}
