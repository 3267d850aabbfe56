namespace CoachLens.Rubrics;

/// <summary>A numbered sub-item of a competency, such as 4.4.</summary>
public sealed record SubItem(string Id, string Text);

/// <summary>One of the eight ICF core competencies.</summary>
public sealed record Competency(
    string Id,
    string Domain,
    string DomainName,
    string Name,
    string Definition,
    IReadOnlyList<SubItem> SubItems,
    string Source,
    string IcfVersion);

/// <summary>How feedback rewrites a moment for a marker: which moment to pick and the wording to suggest.</summary>
public sealed record MarkerRewrite(string Moment, string Template);

/// <summary>A PCC marker: our paraphrase, its competency, whether a transcript can show it, and a development tip.</summary>
public sealed record Marker(
    string Id,
    string Competency,
    string Text,
    string Assessability,
    string? AssessabilityNote,
    string Source,
    string IcfVersion,
    string Tip,
    MarkerRewrite Rewrite)
{
    public bool IsPartlyAssessable => Assessability == "partial";
}

/// <summary>An ACC behavioral statement (BARS), such as A4.1.</summary>
public sealed record AccStatement(string Id, string Competency, string Text, string Source, string IcfVersion);
