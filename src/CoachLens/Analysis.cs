using System.Reflection;
using CoachLens.Detection;
using CoachLens.Feedback;
using CoachLens.Localization;
using CoachLens.Reports;
using CoachLens.Rubrics;
using CoachLens.Scoring;
using CoachLens.Transcripts;
using CoachLens.Trust;

namespace CoachLens;

/// <summary>The front door: transcript in, finished report out. Pure; never prints, reads nothing but what it is given.</summary>
public sealed class Analysis
{
    private static readonly Lazy<Analysis> DefaultInstance = new(() => new Analysis(new PipelineBuilder().UseDefaults().Build(), RubricLoader.Default, MarkerRules.Default));

    private readonly Pipeline pipeline;
    private readonly Rubric rubric;
    private readonly MarkerRules rules;
    private readonly TrustAnalyzer trust;

    public Analysis(Pipeline pipeline, Rubric rubric, MarkerRules rules, TrustRules? trustRules = null)
    {
        if (rubric.Language != rules.Language)
        {
            throw new ArgumentException($"the rubric is in '{rubric.Language}' but the marker rules are in '{rules.Language}'", nameof(rules));
        }

        this.pipeline = pipeline;
        this.rubric = rubric;
        this.rules = rules;
        trust = new TrustAnalyzer(trustRules ?? TrustRules.Default, rubric);
    }

    private static readonly Dictionary<string, Analysis> ByLanguage = new(StringComparer.Ordinal);

    /// <summary>The default analysis: every default detector, the ICF 2019 rubric, the default marker rules.</summary>
    public static Analysis Default => DefaultInstance.Value;

    /// <summary>The default analysis writing its report text in a supported language ("en", "tr").</summary>
    public static Analysis For(string language)
    {
        if (language == Languages.English)
        {
            return Default;
        }

        lock (ByLanguage)
        {
            if (!ByLanguage.TryGetValue(language, out var analysis))
            {
                analysis = new Analysis(new PipelineBuilder().UseDefaults().Build(), RubricLoader.For(language), MarkerRules.InLanguage(language));
                ByLanguage[language] = analysis;
            }

            return analysis;
        }
    }

    public static string ToolVersion { get; } =
        typeof(Analysis).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public Rubric Rubric => rubric;

    public AnalysisReport Analyze(Transcript transcript)
    {
        var context = DetectionContext.Of(transcript);
        var detection = pipeline.Run(context);
        var metrics = SessionMetrics.Of(context.Turns, detection);
        var scoring = new ScoringContext(transcript, context.Turns, detection, metrics, rules.Thresholds) { Texts = Texts.For(rubric.Language) };
        var scorer = new MarkerScorer(rubric, rules);
        var markers = scorer.Judge(scoring);
        var trustView = trust.Analyze(scoring, markers);

        // The trust view owns the referral reading, so the ethics signals, level lens and feedback agree with it.
        var ethics = EthicsSignals.Of(scoring, rubric.Ethics) with
        {
            RiskTurns = trustView.Referral.RiskCues.Select(c => c.Turn).ToArray(),
            RiskWithoutReferral = trustView.Referral.RiskWithoutReferral,
        };
        var stackedOrLeading = detection.TurnsWith(Behaviors.StackedQuestions).Union(detection.TurnsWith(Behaviors.LeadingQuestion)).Count();
        var lens = LevelLensBuilder.Build(rubric, markers, metrics, ethics, stackedOrLeading, MarkerScorer.TrustBreakerTurns(scoring, rules.QualityCap));
        var feedback = new FeedbackBuilder(rubric, rules).Build(scoring, markers, lens, ethics, trustView);
        return new AnalysisReport(
            "1",
            new ToolInfo("CoachLens", ToolVersion),
            new RubricInfo(rubric.Id, rubric.Version),
            new TranscriptInfo(
                transcript.Source,
                transcript.Format,
                transcript.Language,
                transcript.Roles.CoachSpeaker,
                transcript.Roles.ClientSpeakers,
                transcript.DurationSeconds is { } d ? Math.Round(d, 3) : null,
                transcript.Turns.Count,
                new RoleInfo(transcript.Roles.Method, transcript.Roles.Confidence, transcript.Roles.OtherSpeakers, SpeakersNote(transcript))),
            transcript.Turns.Select(t => new TurnReport(
                t.Index, t.Speaker, t.Role.ToString().ToLowerInvariant(), t.Start, t.End, t.Text, detection.CodesOf(t.Index), t.Annotations)).ToArray(),
            metrics,
            markers,
            scorer.Summarize(markers, ethics),
            ethics,
            lens,
            feedback,
            trustView,
            detection.Runs.Select(r => new DetectorInfo(r.Id, r.Version, r.Status, r.Error)).ToArray())
        {
            Privacy = transcript.Redaction is { } r ? new PrivacyInfo(true, r.Placeholders) : PrivacyInfo.NotRedacted,
            Language = rubric.Language,
        };
    }

    // A sponsor or second client changes what talk share and client markers mean, so the report says so.
    private string? SpeakersNote(Transcript transcript)
    {
        var others = transcript.Roles.OtherSpeakers;
        return others.Count == 0
            ? null
            : Texts.For(rubric.Language).Format(others.Count == 1 ? "roles.noteOne" : "roles.noteMany", ("count", others.Count + 2), ("others", string.Join(", ", others)));
    }
}
