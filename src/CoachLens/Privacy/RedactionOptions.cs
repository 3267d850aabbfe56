namespace CoachLens.Privacy;

/// <summary>What to redact beyond names, emails, phone numbers and URLs.</summary>
/// <param name="Terms">Words or phrases the user listed (a company, a project), replaced as [TERM-n].</param>
public sealed record RedactionOptions(IReadOnlyList<string> Terms)
{
    public static RedactionOptions Default { get; } = new([]);

    /// <summary>Terms from a file's text: one a line; blank lines and lines starting with '#' are skipped.</summary>
    public static RedactionOptions FromTermsFile(string text) =>
        new(text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).Distinct(StringComparer.OrdinalIgnoreCase).ToArray());
}
