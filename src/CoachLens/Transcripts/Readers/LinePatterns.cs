namespace CoachLens.Transcripts.Readers;

/// <summary>Regular-expression parts the text readers share, so every reader agrees on what a name and a time look like.</summary>
internal static class LinePatterns
{
    /// <summary>A speaker name: up to four words of letters (any script), digits ("Speaker 2"), dots, apostrophes or hyphens.</summary>
    public const string Name = @"\p{L}[\p{L}\p{M}\d.'’\-]*(?:[ ][\p{L}\p{M}\d.'’\-]+){0,3}";

    /// <summary>A timestamp in any of the shapes <see cref="Timestamps.TryParse"/> accepts (checked there).</summary>
    public const string Time = @"\d{1,3}:\d{1,2}(?::\d{1,2})?(?:[.,]\d{1,3})?";

    /// <summary>Something that was meant as a timestamp, broken or not: used to report malformed ones.</summary>
    public const string LooseTime = @"\d{1,3}[:.]\d[\d:.,]*";
}
