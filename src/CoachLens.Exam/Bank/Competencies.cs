namespace CoachLens.Exam.Bank;

/// <summary>The ICF 2019 competency model as the bank uses it: competency numbers, domains and valid sub-item ids.</summary>
public static class Competencies
{
    public static IReadOnlyList<int> All { get; } = [1, 2, 3, 4, 5, 6, 7, 8];

    public static IReadOnlyList<char> Domains { get; } = ['A', 'B', 'C', 'D'];

    /// <summary>Number of sub-items per competency in ICF's 2019 model (see Bank/FORMAT.md).</summary>
    private static readonly int[] SubItemCounts = [7, 8, 11, 6, 6, 6, 11, 8];

    /// <summary>Number of PCC markers per competency (ICF 2020: 37 markers, none for competencies 1 and 2).</summary>
    private static readonly int[] PccMarkerCounts = [0, 0, 4, 4, 5, 7, 8, 9];

    /// <summary>A Foundation (1-2), B Co-Creating the Relationship (3-4), C Communicating Effectively (5-6), D Cultivating Learning and Growth (7-8).</summary>
    public static char DomainOf(int competency) => (char)('A' + ((competency - 1) / 2));

    public static IEnumerable<int> InDomain(char domain) => All.Where(c => DomainOf(c) == domain);

    public static bool IsValid(int competency) => competency is >= 1 and <= 8;

    public static bool IsValidSubItem(string id) => IsValidId(id, SubItemCounts);

    /// <summary>PCC marker ids ("8.9") share the numbering style of sub-items but not their count; explanations cite both.</summary>
    public static bool IsValidPccMarker(string id) => IsValidId(id, PccMarkerCounts);

    private static bool IsValidId(string id, int[] counts)
    {
        var parts = id.Split('.');
        return parts.Length == 2
            && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c)
            && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            && IsValid(c) && n >= 1 && n <= counts[c - 1]
            && !parts[1].StartsWith('0');
    }
}
