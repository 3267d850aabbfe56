using CoachLens.Transcripts;

namespace CoachLens.Cli.Commands;

/// <summary>Turns the command's FILE and DIR arguments into transcript files, and reads one safely.</summary>
public static class InputFiles
{
    /// <summary>Extensions picked up when a directory is given.</summary>
    public static readonly IReadOnlySet<string> TranscriptExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".vtt", ".srt", ".docx", ".json",
    };

    public static IReadOnlyList<string> Expand(IEnumerable<string> args, TextWriter stderr, out int missing)
    {
        var files = new List<string>();
        missing = 0;
        foreach (var arg in args)
        {
            if (Directory.Exists(arg))
            {
                files.AddRange(Directory.EnumerateFiles(arg)
                    .Where(f => TranscriptExtensions.Contains(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(arg))
            {
                files.Add(arg);
            }
            else
            {
                stderr.WriteLine($"coachlens: {arg}: no such file or directory");
                missing++;
            }
        }

        return files;
    }

    public static Transcript Read(string path, ReadOptions options)
    {
        var info = new FileInfo(path);
        if (info.Length > TranscriptLoader.MaxBytes)
        {
            throw new TranscriptException(path, $"the file is larger than the {TranscriptLoader.MaxBytes / (1024 * 1024)} MB limit");
        }

        var bytes = File.ReadAllBytes(path);
        return TranscriptLoader.Load(bytes, path, options) with { Source = Path.GetFileName(path) };
    }
}
