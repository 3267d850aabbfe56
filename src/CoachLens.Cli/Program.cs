using CoachLens.Cli;

// Console output is UTF-8 everywhere: reports carry Turkish letters and typographic quotes.
Console.OutputEncoding = new System.Text.UTF8Encoding(false);
return CliApp.Run(args, Console.Out, Console.Error);
