using System.Globalization;
using RecordingStudio.Benchmarks;

// Usage: dotnet run --project build/Benchmarks -- provisioning|assistant|booking|scale|calendar|series|revenue|mcp <platform connection string> <output markdown> [count]
var (kind, connection, output) = (args[0], args[1], args[2]);
var count = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 15;
await (kind switch
{
    "provisioning" => ProvisioningBenchmark.RunAsync(connection, output, count),
    "assistant" => AssistantBenchmark.RunAsync(connection, output, count),
    "booking" => BookingBenchmark.RunAsync(connection, output, count),
    "scale" => ScaleBenchmark.RunAsync(connection, output, count),
    "calendar" => CalendarBenchmark.RunAsync(connection, output, count),
    "series" => SeriesBenchmark.RunAsync(connection, output, count),
    "revenue" => RevenueBenchmark.RunAsync(connection, output, count),
    "mcp" => McpToolsBenchmark.RunAsync(connection, output),
    _ => throw new ArgumentException($"Unknown benchmark '{kind}'."),
});
