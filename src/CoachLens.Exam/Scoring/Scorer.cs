using System.Globalization;
using CoachLens.Exam.Bank;
using CoachLens.Exam.Sessions;

namespace CoachLens.Exam.Scoring;

/// <summary>
/// Scores answers against the bank's keys: a situational item earns 1 point for the best pick and 1 for the
/// worst pick, a knowledge item 1 point. An unanswered item earns nothing (there is no penalty for guessing).
/// </summary>
public static class Scorer
{
    public static ExamResult Score(IEnumerable<string> itemIds, IReadOnlyDictionary<string, Answer> answers, ItemBank bank)
    {
        var scores = new List<ItemScore>();
        foreach (var id in itemIds)
        {
            // An item later removed from the bank cannot be scored again; it simply drops out.
            if (bank.TryGet(id, out var item))
            {
                scores.Add(ScoreItem(item, answers.GetValueOrDefault(id)));
            }
        }

        var situational = scores.Where(s => s.Kind == ItemKind.Situational).ToList();
        var knowledge = scores.Where(s => s.Kind == ItemKind.Knowledge).ToList();
        return new ExamResult(
            scores,
            scores.Sum(s => s.Points),
            scores.Sum(s => s.MaxPoints),
            new Accuracy(situational.Count(s => s.BestCorrect), situational.Count),
            new Accuracy(situational.Count(s => s.WorstCorrect == true), situational.Count),
            new Accuracy(knowledge.Count(s => s.BestCorrect), knowledge.Count),
            Competencies.All.Select(c => Area(c.ToString(CultureInfo.InvariantCulture), scores.Where(s => s.Competency == c))).Where(a => a.Items > 0).ToList(),
            Competencies.Domains.Select(d => Area(d.ToString(), scores.Where(s => Competencies.DomainOf(s.Competency) == d))).Where(a => a.Items > 0).ToList(),
            scores.Count(s => !s.Answered));
    }

    public static ItemScore ScoreItem(ExamItem item, Answer? answer)
    {
        var answered = answer?.IsAnswered == true;
        var best = answered && answer!.Best == item.Key;
        bool? worst = item.Kind == ItemKind.Situational ? answered && answer!.Worst == item.Worst : null;
        var points = (best ? 1 : 0) + (worst == true ? 1 : 0);
        return new ItemScore(item.Id, item.Competency, item.Kind, answered, best, worst, points, item.MaxPoints);
    }

    private static AreaScore Area(string name, IEnumerable<ItemScore> scores)
    {
        var list = scores.ToList();
        return new AreaScore(name, list.Count, list.Sum(s => s.Points), list.Sum(s => s.MaxPoints));
    }
}
