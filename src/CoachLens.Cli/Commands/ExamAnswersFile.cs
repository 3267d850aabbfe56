using CoachLens.Exam.Bank;
using CoachLens.Exam.Sessions;

namespace CoachLens.Cli.Commands;

/// <summary>
/// Reads an answers file (docs/exam.md): one item per line, in the order answered.
/// <code>
/// s4-07 best=C worst=A     situational item: the best and the worst response
/// k3-04 A                  knowledge item (or: k3-04 answer=A)
/// s1-02 skip               leave an item unanswered
/// pause                    stop here; a form is saved and the next run resumes it
/// # comment                blank lines and text after '#' are ignored
/// </code>
/// </summary>
internal static class ExamAnswersFile
{
    public static IReadOnlyList<ExamScriptLine> Read(string path)
    {
        string text;
        try
        {
            text = path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ExamInputException($"cannot read the answers file {path}: {ex.Message}");
        }

        return Parse(text);
    }

    public static IReadOnlyList<ExamScriptLine> Parse(string text)
    {
        var lines = new List<ExamScriptLine>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var parts = (hash >= 0 ? raw[..hash] : raw).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                continue;
            }

            if (parts is ["pause"])
            {
                lines.Add(new ExamScriptLine(number, null, true));
                continue;
            }

            lines.Add(new ExamScriptLine(number, ParseAnswer(parts, number), false));
        }

        return lines;
    }

    /// <summary>Checks every line against the bank and the session before anything is applied, so a bad file changes nothing.</summary>
    public static void Check(IReadOnlyList<ExamScriptLine> lines, ExamSession session, ItemBank bank, string where)
    {
        foreach (var line in lines.Where(l => l.Answer is not null))
        {
            var answer = line.Answer!;
            if (!bank.TryGet(answer.ItemId, out var item))
            {
                throw new ExamInputException($"answers file line {line.LineNumber}: no item '{answer.ItemId}' in the bank");
            }

            if (!session.Contains(answer.ItemId))
            {
                throw new ExamInputException($"answers file line {line.LineNumber}: {answer.ItemId} is not part of {where}");
            }

            if (answer.IsAnswered && answer.ProblemWith(item) is { } problem)
            {
                throw new ExamInputException($"answers file line {line.LineNumber}: {problem} ({answer.ItemId})");
            }
        }
    }

    private static Answer ParseAnswer(string[] parts, int number)
    {
        var id = parts[0];
        char? best = null, worst = null;
        foreach (var part in parts.Skip(1))
        {
            var (name, value) = part.Split('=', 2) is [var n, var v] ? (n.ToLowerInvariant(), v) : ("answer", part);
            if (name == "answer" && value.Equals("skip", StringComparison.OrdinalIgnoreCase) && parts.Length == 2)
            {
                return new Answer(id, null, null);
            }

            var key = Key(value) ?? throw new ExamInputException($"answers file line {number}: '{value}' is not one of A, B, C, D");
            switch (name)
            {
                case "best" or "answer" when best is null:
                    best = key;
                    break;
                case "worst" when worst is null:
                    worst = key;
                    break;
                default:
                    throw new ExamInputException($"answers file line {number}: cannot read '{part}' (write 's4-07 best=C worst=A' or 'k3-04 A')");
            }
        }

        return best is null
            ? throw new ExamInputException($"answers file line {number}: no answer for {id}")
            : new Answer(id, best, worst);
    }

    private static char? Key(string value) =>
        value.Length == 1 && char.ToUpperInvariant(value[0]) is >= 'A' and <= 'D' and var k ? k : null;
}
