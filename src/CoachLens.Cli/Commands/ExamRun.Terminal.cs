using CoachLens.Exam.Bank;
using CoachLens.Exam.Localization;
using CoachLens.Exam.Sessions;
using Spectre.Console;

namespace CoachLens.Cli.Commands;

/// <summary>The interactive loop: one item at a time, sections in order, skipped items revisited before a section closes.</summary>
internal sealed partial class ExamRun
{
    private const string Skip = "S";
    private const string PauseKey = "P";

    public ExamRunOutcome RunTerminal()
    {
        Session = Session with { Timer = Session.Timer.Start(ctx.Now) };
        Save?.Invoke(Session);
        ConsoleCancelEventHandler onCancel = (_, _) =>
        {
            Save?.Invoke(Session with { Timer = Session.Timer.Pause(ctx.Now) });
            ctx.Line();
            ctx.Line(ctx.Ui[Save is null ? "run.interrupted.untimed" : "run.interrupted"]);
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return Loop();
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private ExamRunOutcome Loop()
    {
        var ui = ctx.Ui;
        var sections = Session.Sections.Count;
        for (var s = Session.CurrentSection; s <= sections; s++)
        {
            while (true)
            {
                foreach (var id in Session.UnansweredIn(s).ToList())
                {
                    if (Session.IsTimeUp(ctx.Now))
                    {
                        ctx.Line(ui["run.timeUp"]);
                        return Pause(ExamRunOutcome.TimeUp);
                    }

                    var item = ctx.Bank.Get(id);
                    ExamItemView.Show(ctx, item, Header(s, id));
                    var answer = AskItem(item);
                    if (answer is null)
                    {
                        return Pause(IsForm ? ExamRunOutcome.Paused : ExamRunOutcome.Finished);
                    }

                    if (!answer.IsAnswered)
                    {
                        continue;
                    }

                    Apply(answer);
                    if (Feedback)
                    {
                        ExamItemView.Explain(ctx, item, answer);
                        if (Ask(ui["prompt.next"], k => k is "" or PauseKey, allowEmpty: true) == PauseKey)
                        {
                            return Pause(ExamRunOutcome.Finished);
                        }
                    }
                }

                var left = Session.UnansweredIn(s).Count();
                if (left == 0 || Session.IsTimeUp(ctx.Now) || !Confirm(ui.Format(IsForm ? "prompt.goBack.form" : "prompt.goBack", left)))
                {
                    break;
                }
            }

            if (s < sections)
            {
                Session = Session with { CurrentSection = s + 1, Timer = Session.Timer.Checkpoint(ctx.Now) };
                Save?.Invoke(Session);
                if (Ask(ui.Format("prompt.nextSection", s, s + 1), k => k is "" or PauseKey, allowEmpty: true) == PauseKey)
                {
                    return Pause(ExamRunOutcome.Paused);
                }
            }
        }

        return Pause(ExamRunOutcome.Finished);
    }

    private string Header(int section, string id)
    {
        var ui = ctx.Ui;
        var ids = Session.Sections[section - 1].ItemIds;
        var position = ids.ToList().IndexOf(id) + 1;
        return Session.TimeLeft(ctx.Now) is { } left
            ? ui.Format("run.header.form", section, Session.Sections.Count, position, ids.Count, UiText.Clock(left))
            : ui.Format("run.header.untimed", position, ids.Count);
    }

    /// <summary>Asks for the picks; an answer with no pick means "skip", null means "pause" (or "stop").</summary>
    private Answer? AskItem(ExamItem item)
    {
        var ui = ctx.Ui;
        ctx.Console.MarkupLine("[grey]" + Markup.Escape(ui[IsForm ? "prompt.help.form" : "prompt.help.untimed"]) + "[/]");
        static bool IsChoice(string k) => k is "A" or "B" or "C" or "D" or Skip or PauseKey;
        var first = Ask(ui[item.Kind == ItemKind.Situational ? "prompt.best" : "prompt.answer"], IsChoice);
        if (first is Skip or PauseKey)
        {
            return first == Skip ? new Answer(item.Id, null, null) : null;
        }

        if (item.Kind == ItemKind.Knowledge)
        {
            return new Answer(item.Id, first[0], null);
        }

        var worst = Ask(ui["prompt.worst"], k => IsChoice(k) && k != first, ui["prompt.sameAsBest"]);
        return worst switch
        {
            Skip => new Answer(item.Id, null, null),
            PauseKey => null,
            _ => new Answer(item.Id, first[0], worst[0]),
        };
    }

    private string Ask(string prompt, Func<string, bool> valid, string? error = null, bool allowEmpty = false)
    {
        var text = new TextPrompt<string>(Markup.Escape(prompt))
        {
            AllowEmpty = allowEmpty,
            ValidationErrorMessage = "[red]" + Markup.Escape(error ?? ctx.Ui["prompt.invalid"]) + "[/]",
            Validator = s => valid(Normalize(s)) ? ValidationResult.Success() : ValidationResult.Error(),
        };
        return Normalize(ctx.Console.Prompt(text));
    }

    private bool Confirm(string question)
    {
        var ui = ctx.Ui;
        var yes = ui["prompt.yes"];
        var answer = Ask($"{question} [{yes}/{ui["prompt.no"]}]", k => k.Equals(yes, StringComparison.OrdinalIgnoreCase) || k.Equals(ui["prompt.no"], StringComparison.OrdinalIgnoreCase));
        return answer.Equals(yes, StringComparison.OrdinalIgnoreCase);
    }

    private static string Normalize(string input) => input.Trim().ToUpperInvariant();
}
