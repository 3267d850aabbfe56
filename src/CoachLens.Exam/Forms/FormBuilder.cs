using CoachLens.Exam.Bank;

namespace CoachLens.Exam.Forms;

/// <summary>
/// Builds the fixed forms from the bank, deterministically: the same bank always gives the same forms.
/// pcc-a and pcc-b never share an item; each meets the <see cref="TopicWeights"/> exactly and gets about half
/// of every topic of each competency. Only items complete in both languages are used, so a form can be
/// taken in English or Turkish alike. Items left over stay available for practice and drill.
/// </summary>
public static class FormBuilder
{
    public static FormBuildResult Build(ItemBank bank, string formId)
    {
        var spec = FormSpec.Find(formId) ?? throw new ArgumentException($"unknown form '{formId}'", nameof(formId));
        var shortages = new List<FormShortage>();
        var chosen = spec.Kind == ItemKind.Situational
            ? SplitPcc(bank, spec, shortages)
            : PickAcc(bank, spec, shortages);
        if (shortages.Count > 0)
        {
            return new FormBuildResult(null, shortages);
        }

        return new FormBuildResult(new ExamForm(spec.Id, spec.Kind, Sections(spec, chosen), spec.TimeLimit), []);
    }

    public static IEnumerable<ExamItem> Eligible(ItemBank bank, ItemKind kind, int competency) =>
        bank.Of(kind, competency).Where(i => ExamLanguages.All.All(i.IsCompleteIn));

    private static List<ExamItem> SplitPcc(ItemBank bank, FormSpec spec, List<FormShortage> shortages)
    {
        var quotas = TopicWeights.Quotas(spec.Items);
        var mine = new List<ExamItem>();
        foreach (var c in Competencies.All)
        {
            var eligible = Eligible(bank, ItemKind.Situational, c).ToList();
            if (eligible.Count < 2 * quotas[c])
            {
                shortages.Add(new FormShortage(c, ItemKind.Situational, eligible.Count, 2 * quotas[c]));
                continue;
            }

            // Deal each topic's items alternately to the two forms, so both get about half of every topic.
            var pools = new[] { new List<ExamItem>(), new List<ExamItem>() };
            var turn = 0;
            foreach (var topic in eligible.GroupBy(i => i.Topic).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                foreach (var item in topic.OrderBy(i => i.Id, StringComparer.Ordinal))
                {
                    pools[turn++ % 2].Add(item);
                }
            }

            var pool = pools[spec.Id == FormSpec.PccA ? 0 : 1];
            Trim(pool, quotas[c]);
            mine.AddRange(pool);
        }

        return mine;
    }

    /// <summary>Drops items from the topic most represented in the pool until the pool meets its quota.</summary>
    private static void Trim(List<ExamItem> pool, int quota)
    {
        while (pool.Count > quota)
        {
            var topic = pool.GroupBy(i => i.Topic).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
            pool.Remove(topic.OrderBy(i => i.Id, StringComparer.Ordinal).Last());
        }
    }

    private static List<ExamItem> PickAcc(ItemBank bank, FormSpec spec, List<FormShortage> shortages)
    {
        var quotas = TopicWeights.Quotas(spec.Items);
        var chosen = new List<ExamItem>();
        foreach (var c in Competencies.All)
        {
            var eligible = Eligible(bank, ItemKind.Knowledge, c).ToList();
            if (eligible.Count < quotas[c])
            {
                shortages.Add(new FormShortage(c, ItemKind.Knowledge, eligible.Count, quotas[c]));
                continue;
            }

            // One item per topic in turn, so the form covers as many topics as it can.
            var queues = eligible.GroupBy(i => i.Topic).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new Queue<ExamItem>(g.OrderBy(i => i.Id, StringComparer.Ordinal))).ToList();
            while (chosen.Count(i => i.Competency == c) < quotas[c])
            {
                foreach (var queue in queues.Where(q => q.Count > 0))
                {
                    if (chosen.Count(i => i.Competency == c) < quotas[c])
                    {
                        chosen.Add(queue.Dequeue());
                    }
                }
            }
        }

        return chosen;
    }

    /// <summary>Deals each competency's items alternately into the sections, so every section has the same mix, then orders each section.</summary>
    private static List<FormSection> Sections(FormSpec spec, List<ExamItem> items)
    {
        var sections = Enumerable.Range(0, spec.Sections).Select(_ => new List<string>()).ToList();
        var turn = 0;
        foreach (var c in Competencies.All)
        {
            foreach (var id in StableOrder.Shuffle(items.Where(i => i.Competency == c).Select(i => i.Id), spec.Id))
            {
                sections[turn++ % spec.Sections].Add(id);
            }
        }

        return sections.Select((ids, n) => new FormSection(n + 1, StableOrder.Shuffle(ids, $"{spec.Id}/{n + 1}").ToList())).ToList();
    }
}
