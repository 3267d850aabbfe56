using CoachLens.Exam.Bank;
using CoachLens.Exam.Localization;
using CoachLens.Exam.Storage;
using Spectre.Console;

namespace CoachLens.Cli.Commands;

/// <summary>Everything an exam command needs once its options are parsed: the bank, the state store, the UI language and the console.</summary>
internal sealed class ExamContext
{
    public static readonly IReadOnlySet<string> CommonOptions = new HashSet<string> { "--lang", "--data-dir" };

    private ExamContext(ExamEnvironment env, ExamLanguage? language, string dataDir, bool interactive)
    {
        Env = env;
        LanguageOption = language;
        Language = language ?? ExamLanguage.En;
        Ui = UiText.For(Language);
        Store = new ExamStore(dataDir);
        Interactive = interactive;
        Console = interactive && env.Terminal is { } terminal ? terminal(env.Stdout) : AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(env.Stdout),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!interactive)
        {
            Console.Profile.Width = 100;
        }
    }

    public ExamEnvironment Env { get; }

    /// <summary>The --lang option as given, or null; a resumed form keeps its own language unless --lang is given.</summary>
    public ExamLanguage? LanguageOption { get; }

    public ExamLanguage Language { get; private set; }

    public UiText Ui { get; private set; }

    public ItemBank Bank => ItemBank.Default;

    public ExamStore Store { get; }

    public bool Interactive { get; }

    public IAnsiConsole Console { get; }

    public DateTimeOffset Now => Env.Clock.GetUtcNow();

    public static IReadOnlySet<string> With(params string[] options) => CommonOptions.Concat(options).ToHashSet();

    public static ExamContext Create(Arguments args, ExamEnvironment env, bool interactive)
    {
        ExamLanguage? language = null;
        if (args.Option("--lang") is { } code)
        {
            language = ExamLanguages.TryParse(code, out var parsed) ? parsed : throw new UsageException($"--lang must be en or tr, not '{code}'");
        }

        var dir = DataDirectory.Resolve(args.Option("--data-dir"), env.Variable);
        return new ExamContext(env, language, dir, interactive);
    }

    public void UseLanguage(ExamLanguage language)
    {
        Language = language;
        Ui = UiText.For(language);
    }

    public static ItemKind? KindOf(string? option) => option switch
    {
        null => null,
        "situational" => ItemKind.Situational,
        "knowledge" => ItemKind.Knowledge,
        _ => throw new UsageException($"--kind must be situational or knowledge, not '{option}'"),
    };

    public static int CountOf(Arguments args, int fallback)
    {
        var text = args.Option("--count");
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new UsageException($"--count must be a positive number, not '{text}'");
    }

    /// <summary>Writes plain text (never parsed as Spectre markup, so item text with brackets prints as it is).</summary>
    public void Line(string text = "") => Console.WriteLine(text);
}
