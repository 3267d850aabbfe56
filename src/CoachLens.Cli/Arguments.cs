namespace CoachLens.Cli;

/// <summary>
/// A small, strict argument parser: positionals, "--name value" options and "--flag" switches.
/// Unknown options are usage errors rather than silently ignored.
/// </summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string> options;
    private readonly HashSet<string> flags;

    private Arguments(IReadOnlyList<string> positionals, Dictionary<string, string> options, HashSet<string> flags)
    {
        Positionals = positionals;
        this.options = options;
        this.flags = flags;
    }

    public IReadOnlyList<string> Positionals { get; }

    public static Arguments Parse(IEnumerable<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flagOptions)
    {
        var positionals = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                positionals.Add(arg);
                continue;
            }

            var name = arg;
            string? inlineValue = null;
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                name = arg[..eq];
                inlineValue = arg[(eq + 1)..];
            }

            if (flagOptions.Contains(name))
            {
                flags.Add(name);
            }
            else if (valueOptions.Contains(name))
            {
                if (inlineValue is null && !e.MoveNext())
                {
                    throw new UsageException($"{name} needs a value");
                }

                options[name] = inlineValue ?? e.Current;
            }
            else
            {
                throw new UsageException($"unknown option {name}");
            }
        }

        return new Arguments(positionals, options, flags);
    }

    public string? Option(string name) => options.GetValueOrDefault(name);

    public bool Flag(string name) => flags.Contains(name);
}
