namespace CoachLens.Trust;

/// <summary>All the data the trust view reads, loaded once from the embedded Trust/Data files and checked at load.</summary>
public sealed record TrustRules(OpennessRules Openness, MoveRules Moves, ContractingRules Contracting, RiskRules Risk)
{
    private static readonly Lazy<TrustRules> Embedded = new(() => new TrustRules(
        TrustDataLoader.Openness(Open("openness")),
        TrustDataLoader.Moves(Open("coach-moves")),
        TrustDataLoader.Contracting(Open("contracting")),
        TrustDataLoader.Risk(Open("risk-cues"))));

    public static TrustRules Default => Embedded.Value;

    /// <summary>The versions of the four data files, for the report.</summary>
    public string Version =>
        $"openness {Openness.Version}, coach-moves {Moves.Version}, contracting {Contracting.Version}, risk-cues {Risk.Version}";

    private static Stream Open(string id) =>
        typeof(TrustRules).Assembly.GetManifestResourceStream($"CoachLens.Trust/Data/{id}.data.json")
            ?? throw new InvalidDataException($"trust data '{id}' is not embedded");
}
