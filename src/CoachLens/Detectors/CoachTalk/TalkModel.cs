using CoachLens.Learning;

namespace CoachLens.Detectors.CoachTalk;

/// <summary>
/// The coach-talk model (Detectors/CoachTalk/Data/talk-model.data.json): a logistic regression with one
/// head per decision. It is loaded once and refused when its heads or its feature set do not match.
/// </summary>
public static class TalkModel
{
    public const string Question = "question";
    public const string Open = "open";
    public const string Reflection = "reflection";
    public const string Advice = "advice";
    public const string Information = "information";

    /// <summary>The heads, in the order the model file stores them. "open" is P(open | question).</summary>
    public static readonly IReadOnlyList<string> Heads = [Question, Open, Reflection, Advice, Information];

    private static readonly Lazy<LinearModel> Embedded = new(() =>
    {
        using var stream = typeof(TalkModel).Assembly.GetManifestResourceStream("CoachLens.Detectors/CoachTalk/Data/talk-model.data.json")
            ?? throw new InvalidDataException("the coach-talk model is not embedded");
        return Check(LinearModel.Parse(stream), new TalkFeatures());
    });

    /// <summary>The shipped model, trained on the AnnoMI development data.</summary>
    public static LinearModel Default => Embedded.Value;

    /// <summary>The model, if it fits this version of the features and has exactly the expected heads; throws otherwise.</summary>
    public static LinearModel Check(LinearModel model, TalkFeatures features)
    {
        if (model.Info.FeatureSet != features.FeatureSet)
        {
            throw new InvalidDataException($"the coach-talk model was trained on features '{model.Info.FeatureSet}', but this build extracts '{features.FeatureSet}'; retrain it (docs/accuracy.md)");
        }

        if (!model.Heads.Select(h => h.Name).SequenceEqual(Heads, StringComparer.Ordinal))
        {
            throw new InvalidDataException($"the coach-talk model has heads [{string.Join(", ", model.Heads.Select(h => h.Name))}], expected [{string.Join(", ", Heads)}]");
        }

        return model;
    }
}
