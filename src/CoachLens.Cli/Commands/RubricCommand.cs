using CoachLens.Localization;
using CoachLens.Rubrics;

namespace CoachLens.Cli.Commands;

/// <summary>`coachlens rubric [N]`: the competency model and the PCC markers as CoachLens paraphrases them.</summary>
public static class RubricCommand
{
    public static int Run(string[] args, TextWriter stdout)
    {
        var parsed = Arguments.Parse(args, new HashSet<string> { "--lang" }, new HashSet<string>());
        var language = parsed.Option("--lang") ?? Languages.English;
        if (!Languages.IsSupported(language))
        {
            throw new UsageException($"unknown --lang '{language}' (known: {string.Join(", ", Languages.All)})");
        }

        var rubric = RubricLoader.For(language);
        var x = Texts.For(language);
        if (parsed.Positionals.Count > 1)
        {
            throw new UsageException("rubric takes at most one competency number");
        }

        if (parsed.Positionals.Count == 0)
        {
            stdout.WriteLine(x.Format("rubric.header", ("title", rubric.Title), ("id", rubric.Id), ("version", rubric.Version)));
            stdout.WriteLine(rubric.Note);
            foreach (var c in rubric.Competencies)
            {
                stdout.WriteLine();
                stdout.WriteLine($"{c.Id}. {c.Name} ({c.Domain}: {c.DomainName})");
                foreach (var m in rubric.MarkersOf(c.Id))
                {
                    stdout.WriteLine($"   {m.Id}  {m.Text}{(m.IsPartlyAssessable ? "  " + x["rubric.partly"] : string.Empty)}");
                }
            }

            return ExitCodes.Ok;
        }

        var id = parsed.Positionals[0];
        var competency = rubric.Competencies.FirstOrDefault(x => x.Id == id)
            ?? throw new UsageException($"no competency '{id}' (use 1-8)");
        Show(rubric, competency, x, stdout);
        return ExitCodes.Ok;
    }

    private static void Show(Rubric rubric, Competency c, Texts x, TextWriter stdout)
    {
        stdout.WriteLine($"{c.Id}. {c.Name}");
        stdout.WriteLine(x.Format("rubric.domain", ("domain", c.Domain), ("name", c.DomainName)));
        stdout.WriteLine();
        stdout.WriteLine(c.Definition);
        stdout.WriteLine();
        stdout.WriteLine(x["rubric.subItems"]);
        foreach (var s in c.SubItems)
        {
            stdout.WriteLine($"  {s.Id}  {s.Text}");
        }

        var markers = rubric.MarkersOf(c.Id).ToList();
        stdout.WriteLine();
        stdout.WriteLine(markers.Count == 0 ? x["rubric.noMarkers"] : x["rubric.markers"]);
        foreach (var m in markers)
        {
            stdout.WriteLine($"  {m.Id}  {m.Text}");
            if (m.AssessabilityNote is not null)
            {
                stdout.WriteLine("        " + x.Format("rubric.fromTranscript", ("note", m.AssessabilityNote)));
            }
        }

        var acc = rubric.AccStatements.Where(a => a.Competency == c.Id).ToList();
        if (acc.Count > 0)
        {
            stdout.WriteLine();
            stdout.WriteLine(x["rubric.acc"]);
            foreach (var a in acc)
            {
                stdout.WriteLine($"  {a.Id}  {a.Text}");
            }
        }

        stdout.WriteLine();
        stdout.WriteLine(x.Format("rubric.source", ("source", c.Source), ("version", c.IcfVersion)));
    }
}
