using CoachLens.Training;

// Console output is UTF-8 everywhere, like the CLI.
Console.OutputEncoding = new System.Text.UTF8Encoding(false);
return TrainingApp.Run(args, Console.Out, Console.Error);
