using CoachLens.Cli.Commands;
using CoachLens.Exam.Bank;
using CoachLens.Exam.Forms;
using Spectre.Console;

namespace CoachLens.Cli.Tests;

/// <summary>
/// Runs exam commands in-process against a temporary data directory and a clock the test controls.
/// Keys given to <see cref="Keys"/> are typed into the interactive mode, as a person would at a terminal.
/// </summary>
internal sealed class ExamHarness : IDisposable
{
    private readonly TempDir dir = new();

    public ManualClock Clock { get; } = new();

    public string DataDir => dir.Path;

    public Queue<string> Keys { get; } = new();

    public static ItemBank Bank => ItemBank.Default;

    public static IReadOnlyList<string> FormItems(string form) => FormBuilder.Build(Bank, form).Form!.ItemIds;

    /// <summary>One answers-file line giving the keyed picks (or, with <paramref name="wrong"/>, picks that earn nothing).</summary>
    public static string Line(string id, bool wrong = false)
    {
        var item = Bank.Get(id);
        if (item.Kind == ItemKind.Knowledge)
        {
            return $"{id} {(wrong ? Other(item.Key) : item.Key)}";
        }

        return wrong
            ? $"{id} best={item.Worst} worst={item.Key}"
            : $"{id} best={item.Key} worst={item.Worst}";
    }

    public string Answers(IEnumerable<string> lines) => dir.File($"answers-{Guid.NewGuid():N}.txt", string.Join("\n", lines) + "\n");

    public CliRun Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var env = new ExamEnvironment(stdout, stderr, Clock, _ => null, () => Keys.Count > 0, Terminal);
        var code = ExamCommand.Run([.. args, "--data-dir", dir.Path], env);
        return new CliRun(code, Flat(stdout.ToString()), stderr.ToString());
    }

    public void Dispose() => dir.Dispose();

    /// <summary>The output as one line of text: table and panel borders and line wrapping removed, so a test can look for a sentence wherever the terminal width broke it.</summary>
    private static string Flat(string text) =>
        string.Join(' ', text.Replace('│', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static char Other(char key) => key == 'A' ? 'B' : 'A';

    private IAnsiConsole Terminal(TextWriter output) => new KeyScriptConsole(output, Keys);
}
