using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using RecordingStudio.Application.Platform.Tenants.MigrateTenants;
using RecordingStudio.Application.Platform.Tenants.ProvisionTenant;
using RecordingStudio.Application.Studio.Clients.CreateClient;
using RecordingStudio.Application.Studio.Engineers.CreateEngineer;
using RecordingStudio.Application.Studio.Invoices.CreateInvoice;
using RecordingStudio.Application.Studio.Invoices.IssueInvoice;
using RecordingStudio.Application.Studio.Invoices.RecordPayment;
using RecordingStudio.Application.Studio.Rooms.CreateRoom;
using RecordingStudio.Application.Studio.Sessions.CreateSession;
using RecordingStudio.Cli;
using RecordingStudio.Domain.Studio;
using RecordingStudio.Infrastructure.Tenancy;

namespace RecordingStudio.Benchmarks;

/// <summary>
/// The money reports over a studio holding a year of work — the given number of sessions (default 20,000) billed four to
/// an invoice (5,000 invoices, issued over the last twelve months, four in five paid) — against the baseline in the
/// same run: a page of the invoice list, the request a bookkeeper opens most.
/// </summary>
public static class RevenueBenchmark
{
    private const string Studio = "revbench", Password = "bench-owner-password";
    private const int Rooms = 6, Engineers = 6, Clients = 60, PerInvoice = 4;

    public static async Task RunAsync(string platformConnection, string output, int sessionCount)
    {
        var rounds = int.Parse(Environment.GetEnvironmentVariable("RSM_BENCH_ROUNDS") ?? "40", CultureInfo.InvariantCulture);
        var configuration = CliApp.LoadConfiguration(new Dictionary<string, string?> { ["ConnectionStrings:Platform"] = platformConnection });
        await using (var services = CliApp.BuildServices(configuration))
        {
            if (!(await services.SendAsync(null, new MigrateTenantsCommand())).Succeeded) throw new InvalidOperationException("Migration failed before the benchmark.");
            var tenant = await services.SendAsync(null, new ProvisionTenantCommand(Studio, "Revenue Benchmark", "Europe/Paris",
                Owner: new StudioOwner("Bench Owner", $"owner@{Studio}.test", Password)));
            var started = Stopwatch.GetTimestamp();
            Console.WriteLine($"Booking and invoicing {sessionCount} sessions...");
            await FillAsync(services, sessionCount);
            // Issued today by the commands; spread over the last twelve months as a year of invoicing would be.
            await using var db = new NpgsqlConnection(services.GetRequiredService<DatabaseServers>().Unpooled(tenant.ServerKey!, tenant.DatabaseName!));
            await db.OpenAsync();
            await new NpgsqlCommand("UPDATE invoices SET issued_on = current_date - (abs(hashtext(id::text)) % 365), due_on = current_date - (abs(hashtext(id::text)) % 365) + 30; ANALYZE;", db)
                .ExecuteNonQueryAsync();
            Console.WriteLine($"Seeded in {Stopwatch.GetElapsedTime(started).TotalSeconds:0} s.");
        }

        await using var app = await AppProcess.StartAsync(platformConnection);
        var token = await app.TokenAsync(Studio, $"owner@{Studio}.test", Password);
        var today = new StudioCalendar("Europe/Paris").DateOf(DateTimeOffset.UtcNow);
        var year = $"from={today.AddDays(-364):yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        (string Name, string Path)[] requests =
        [
            ("invoice list, 50 a page (baseline)", "/api/invoices?pageSize=50"),
            ("revenue by month, 12 months", $"/api/reports/revenue?{year}&groupBy=month"),
            ("revenue by room, 12 months", $"/api/reports/revenue?{year}&groupBy=room"),
            ("revenue by engineer, 12 months", $"/api/reports/revenue?{year}&groupBy=engineer"),
            ("revenue by month as CSV", $"/api/reports/revenue?{year}&groupBy=month&format=csv"),
            ("outstanding (1,000 unpaid invoices)", "/api/reports/outstanding"),
            ("utilisation by week, a month", $"/api/reports/utilization?from={today:yyyy-MM-dd}&to={today.AddDays(30):yyyy-MM-dd}&period=week"),
        ];
        var times = requests.ToDictionary(r => r.Name, _ => new List<double>());
        for (var round = -1; round < rounds; round++)
            foreach (var (name, path) in requests)
            {
                var started = Stopwatch.GetTimestamp();
                await app.SendAsync(Studio, HttpMethod.Get, path, token);
                if (round >= 0) times[name].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

        var baseline = BenchmarkReport.Median(times[requests[0].Name]);
        var rows = string.Join("\n", requests.Select(r =>
        {
            var t = times[r.Name];
            var median = BenchmarkReport.Median(t);
            return $"| {r.Name} | {median:0.0} ms | {Percentile(t, 0.95):0.0} ms | {t.Max():0.0} ms | {median / baseline:0.00}× |";
        }));
        BenchmarkReport.WriteSection(output, "Money reports over a year of invoices", $"""
            `build/bench-revenue.sh {sessionCount}` — one studio ({Rooms} rooms, {Engineers} engineers, {Clients} clients, Europe/Paris) holding
            {sessionCount} sessions over the coming year, all billed, {PerInvoice} to an invoice: {sessionCount / PerInvoice} invoices of {PerInvoice} lines issued
            over the last twelve months, four in five paid. The app in Release in its own process, a bearer token, loopback;
            {rounds} rounds after one of warm-up, each request once a round; time from sending the request to the whole answer read.

            | request | median | p95 | max | ratio to the baseline |
            |---|---|---|---|---|
            {rows}

            Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, .NET {Environment.Version}.
            """);
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    /// <summary>One-hour sessions from 08:00 every day in every room, then invoices of four sessions of one client, issued, most paid.</summary>
    private static async Task FillAsync(ServiceProvider services, int count)
    {
        var calendar = new StudioCalendar("Europe/Paris");
        var from = calendar.DateOf(DateTimeOffset.UtcNow).AddDays(1);
        var rooms = new List<Guid>();
        for (var r = 0; r < Rooms; r++) rooms.Add((await services.SendAsync(Studio, new CreateRoomCommand($"Room {r + 1}", 60 + 10 * r, null))).Id);
        var engineers = new List<Guid>();
        for (var e = 0; e < Engineers; e++) engineers.Add((await services.SendAsync(Studio, new CreateEngineerCommand($"Engineer {e + 1}", null, 40))).Id);
        var clients = new List<Guid>();
        for (var c = 0; c < Clients; c++) clients.Add((await services.SendAsync(Studio, new CreateClientCommand($"Client {c + 1}", null, null, null, null))).Id);
        var perRoomDay = (int)Math.Ceiling(count / (365.0 * Rooms));
        var sessionsOf = clients.ToDictionary(c => c, _ => new List<Guid>());
        var booked = 0;
        for (var day = 0; day < 365 && booked < count; day++)
        for (var slot = 0; slot < perRoomDay && booked < count; slot++)
        for (var room = 0; room < Rooms && booked < count; room++)
        {
            var start = calendar.ToUtc(from.AddDays(day).ToDateTime(new TimeOnly(8 + slot, 0)));
            var client = clients[booked % clients.Count];
            var session = await services.SendAsync(Studio, new CreateSessionCommand(client, rooms[room], engineers[(room + slot) % Engineers],
                start, start.AddHours(1), $"Take {booked + 1}"));
            sessionsOf[client].Add(session.Id);
            if (++booked % 2000 == 0) Console.WriteLine($"  {booked} sessions");
        }
        var invoices = 0;
        foreach (var (client, ids) in sessionsOf)
            foreach (var four in ids.Chunk(PerInvoice))
            {
                var draft = await services.SendAsync(Studio, new CreateInvoiceCommand(client, four));
                var issued = await services.SendAsync(Studio, new IssueInvoiceCommand(draft.Id));
                if (++invoices % 5 != 0)
                    await services.SendAsync(Studio, new RecordPaymentCommand(issued.Id, issued.Balance, PaymentMethod.Transfer, issued.IssuedOn!.Value, $"VIR {invoices}"));
                if (invoices % 1000 == 0) Console.WriteLine($"  {invoices} invoices");
            }
    }
}
