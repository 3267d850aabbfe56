namespace CoachLens.Learning;

/// <summary>One output of a linear model: its name, its bias and the probability above which it fires.</summary>
public sealed record LinearHead(string Name, double Bias, double Threshold);
