using RecordingStudio.Cli;

return await CliApp.RunAsync(args, CliApp.LoadConfiguration(), Console.Out, Console.Error);
