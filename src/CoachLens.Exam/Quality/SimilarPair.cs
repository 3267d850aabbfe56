namespace CoachLens.Exam.Quality;

/// <summary>Two items whose stems are alike, and how alike (Jaccard of word 3-shingles).</summary>
public sealed record SimilarPair(string First, string Second, double Similarity);
