namespace CoachLens.Cli.Commands;

/// <summary>Where reports go: stdout, one file, or one file per input in a directory.</summary>
public sealed class OutputTarget
{
    private readonly string? file;
    private readonly string? directory;
    private readonly string extension;

    private OutputTarget(string? file, string? directory, string extension)
    {
        this.file = file;
        this.directory = directory;
        this.extension = extension;
    }

    public static OutputTarget Decide(string? outPath, int inputCount, string extension)
    {
        if (outPath is null)
        {
            return new OutputTarget(null, null, extension);
        }

        var isDirectory = inputCount > 1 || Directory.Exists(outPath)
            || outPath.EndsWith('/') || outPath.EndsWith(Path.DirectorySeparatorChar);
        if (isDirectory && File.Exists(outPath))
        {
            throw new UsageException($"--out {outPath} is a file, but several reports need a directory");
        }

        return isDirectory ? new OutputTarget(null, outPath, extension) : new OutputTarget(outPath, null, extension);
    }

    public void Write(string input, byte[] report, TextWriter stdout)
    {
        if (file is not null)
        {
            AtomicFile.Write(file, report);
        }
        else if (directory is not null)
        {
            AtomicFile.Write(Path.Combine(directory, Path.GetFileNameWithoutExtension(input) + "." + extension), report);
        }
        else
        {
            stdout.Write(new System.Text.UTF8Encoding(false).GetString(report));
            stdout.Flush();
        }
    }
}
