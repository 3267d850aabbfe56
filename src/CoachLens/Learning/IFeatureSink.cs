namespace CoachLens.Learning;

/// <summary>
/// Receives the binary features of one example. A feature's name is <c>prefix:a</c>, or <c>prefix:a b</c>
/// when b is not empty; the same feature given twice counts once.
/// </summary>
public interface IFeatureSink
{
    void Add(string prefix, ReadOnlySpan<char> a, ReadOnlySpan<char> b = default);
}
