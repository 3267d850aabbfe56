using CoachLens.Rubrics;

namespace CoachLens.Cli.Commands;

/// <summary>`coachlens rubric [N]`: the competency model and the PCC markers as CoachLens paraphrases them.</summary>
public static class RubricCommand
{
    public static int Run(string[] args, TextWriter stdout)
    {
        var parsed = Arguments.Parse(args, new HashSet<string>(), new HashSet<string>());
        var rubric = RubricLoader.Default;
        if (parsed.Positionals.Count > 1)
        {
            throw new UsageException("rubric takes at most one competency number");
        }

        if (parsed.Positionals.Count == 0)
        {
            stdout.WriteLine($"{rubric.Title} — rubric {rubric.Id} {rubric.Version}");
            stdout.WriteLine(rubric.Note);
            foreach (var c in rubric.Competencies)
            {
                stdout.WriteLine();
                stdout.WriteLine($"{c.Id}. {c.Name} ({c.Domain}: {c.DomainName})");
                foreach (var m in rubric.MarkersOf(c.Id))
                {
                    stdout.WriteLine($"   {m.Id}  {m.Text}{(m.IsPartlyAssessable ? "  [partly assessable from a transcript]" : string.Empty)}");
                }
            }

            return ExitCodes.Ok;
        }

        var id = parsed.Positionals[0];
        var competency = rubric.Competencies.FirstOrDefault(x => x.Id == id)
            ?? throw new UsageException($"no competency '{id}' (use 1-8)");
        Show(rubric, competency, stdout);
        return ExitCodes.Ok;
    }

    private static void Show(Rubric rubric, Competency c, TextWriter stdout)
    {
        stdout.WriteLine($"{c.Id}. {c.Name}");
        stdout.WriteLine($"Domain {c.Domain}: {c.DomainName}");
        stdout.WriteLine();
        stdout.WriteLine(c.Definition);
        stdout.WriteLine();
        stdout.WriteLine("Sub-items:");
        foreach (var s in c.SubItems)
        {
            stdout.WriteLine($"  {s.Id}  {s.Text}");
        }

        var markers = rubric.MarkersOf(c.Id).ToList();
        stdout.WriteLine();
        stdout.WriteLine(markers.Count == 0 ? "PCC markers: none (evidenced through the other competencies)." : "PCC markers:");
        foreach (var m in markers)
        {
            stdout.WriteLine($"  {m.Id}  {m.Text}");
            if (m.AssessabilityNote is not null)
            {
                stdout.WriteLine($"        From a transcript: {m.AssessabilityNote}");
            }
        }

        var acc = rubric.AccStatements.Where(a => a.Competency == c.Id).ToList();
        if (acc.Count > 0)
        {
            stdout.WriteLine();
            stdout.WriteLine("ACC behavioral statements:");
            foreach (var a in acc)
            {
                stdout.WriteLine($"  {a.Id}  {a.Text}");
            }
        }

        stdout.WriteLine();
        stdout.WriteLine($"Source: {c.Source} (ICF {c.IcfVersion}); wording paraphrased by CoachLens.");
    }
}
