using System.CommandLine;
using Mediator;
using RecordingStudio.Application.Platform.Tenants.CheckSubdomainAvailability;
using RecordingStudio.Application.Platform.Tenants.ProvisionTenant;
using RecordingStudio.Application.Studio.Clients.CountClients;
using RecordingStudio.Application.Studio.Clients.CreateClient;
using RecordingStudio.Application.Studio.Engineers.CreateEngineer;
using RecordingStudio.Application.Studio.Rooms.CreateRoom;
using RecordingStudio.Application.Studio.Sessions.CreateSession;
using RecordingStudio.Domain.Studio;

namespace RecordingStudio.Cli.Commands;

/// <summary>`rsm demo seed`: the sample studio that build/run.sh shows a newcomer.</summary>
public static class DemoCommands
{
    public const string TimeZone = "Europe/Paris";

    /// <summary>The demo Owner's sign-in, printed by build/run.sh and stated in the README: a local demo, not a secret.</summary>
    public const string OwnerEmail = "owner@demo.localhost";
    public const string OwnerPassword = "demo-owner-password";

    public static Command Build(CliContext context)
    {
        var subdomain = new Option<string>("--subdomain") { Description = "Subdomain of the demo studio", DefaultValueFactory = _ => "demo" };
        var seed = new Command("seed", "Provision the demo studio if missing and fill it with sample data if it is empty (idempotent).") { subdomain };
        seed.SetAction((parse, ct) => SeedAsync(context, parse.GetValue(subdomain)!, ct));
        return new Command("demo", "The demo studio.") { seed };
    }

    private static async Task<int> SeedAsync(CliContext context, string subdomain, CancellationToken ct)
    {
        var exit = await context.RunAsync(async (_, sender) =>
        {
            var availability = await sender.Send(new CheckSubdomainAvailabilityQuery(subdomain), ct);
            if (availability.Available)
            {
                await sender.Send(new ProvisionTenantCommand(subdomain, "Demo Studio", TimeZone,
                    Owner: new StudioOwner("Demo Owner", OwnerEmail, OwnerPassword)), ct);
                await context.Output.WriteLineAsync($"Provisioned the demo studio '{subdomain}'.");
            }
            return 0;
        }, ct);
        if (exit != 0) return exit;

        return await context.RunInStudioAsync(subdomain, async sender =>
        {
            if ((await sender.Send(new CountClientsQuery(IncludeArchived: true), ct)).Count > 0)
            {
                await context.Output.WriteLineAsync($"The demo studio '{subdomain}' already has data; left as it is.");
                return 0;
            }
            await FillAsync(sender, context.Clock, ct);
            await context.Output.WriteLineAsync($"Filled the demo studio '{subdomain}' with sample clients, rooms, engineers and a week of sessions.");
            await context.Output.WriteLineAsync($"Sign in as {OwnerEmail} with the password {OwnerPassword}.");
            return 0;
        }, ct);
    }

    private static async Task FillAsync(ISender sender, TimeProvider clock, CancellationToken ct)
    {
        var rooms = new[]
        {
            await sender.Send(new CreateRoomCommand("Studio A", 85m, "Large live room with a Neve console"), ct),
            await sender.Send(new CreateRoomCommand("Studio B", 60m, "Mix room, Dolby Atmos"), ct),
            await sender.Send(new CreateRoomCommand("Vocal Booth", 35m, "Isolated booth for vocals and voice-over"), ct),
        };
        var engineers = new[]
        {
            await sender.Send(new CreateEngineerCommand("Sam Keller", "sam@demo.example", 45m), ct),
            await sender.Send(new CreateEngineerCommand("Ana Ortiz", "ana@demo.example", 50m), ct),
        };
        var clients = new List<Guid>();
        foreach (var (name, artist) in new[]
                 {
                     ("Lena Diaz", "Lena D"), ("Marc Dubois", "The Night Shift"), ("Yuki Tanaka", null),
                     ("Omar Haddad", "Desert Echo"), ("Chloé Martin", null), ("Ravi Patel", "Monsoon"),
                 })
            clients.Add((await sender.Send(new CreateClientCommand(name, $"{name.Split(' ')[0].ToLowerInvariant().Replace('é', 'e')}@example.com", null, artist, null), ct)).Id);

        var calendar = new StudioCalendar(TimeZone);
        var today = calendar.DateOf(clock.GetUtcNow());
        for (var day = 0; day < 7; day++)
        {
            var date = today.AddDays(day);
            await Book(date, 10, 14, day % 3, 0, day % 2, $"Tracking day {day + 1}");
            await Book(date, 15, 19, (day + 1) % 3, 1, (day + 1) % 2, "Mixing");
        }

        async Task Book(DateOnly date, int fromHour, int toHour, int room, int clientOffset, int engineer, string title) =>
            await sender.Send(new CreateSessionCommand(
                clients[(date.DayNumber + clientOffset) % clients.Count], rooms[room].Id, engineers[engineer].Id,
                calendar.ToUtc(date.ToDateTime(new TimeOnly(fromHour, 0))),
                calendar.ToUtc(date.ToDateTime(new TimeOnly(toHour, 0))), title), ct);
    }
}
