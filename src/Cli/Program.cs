namespace RecordingStudio.Cli;

public static class RsmProgram
{
    public static Task<int> Main(string[] args) =>
        CliApp.RunAsync(args, CliApp.LoadConfiguration(), Console.Out, Console.Error);
}
