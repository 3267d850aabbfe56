namespace CoachLens.Training;

/// <summary>
/// Binary logistic regression with an L2 penalty on the weights (not the bias), fitted by L-BFGS on sparse
/// binary features. Full-batch and single-threaded, so the same data gives the same weights bit for bit.
/// </summary>
public static class LogisticRegression
{
    /// <summary>The fitted weights (one per feature index) and the bias.</summary>
    public sealed record Fit(double[] Weights, double Bias, int Iterations);

    /// <param name="rows">Each example's active feature indices.</param>
    /// <param name="labels">True for a positive example.</param>
    /// <param name="featureCount">The number of features.</param>
    /// <param name="l2">The penalty: l2/2 times the squared norm of the weights, against the summed loss.</param>
    /// <param name="positiveWeight">How much a positive example counts, for rare codes.</param>
    /// <param name="scales">Each example's feature value (1 when null): all its active features share it.</param>
    public static Fit Train(IReadOnlyList<int[]> rows, IReadOnlyList<bool> labels, int featureCount, double l2, double positiveWeight = 1.0, IReadOnlyList<double>? scales = null, int maxIterations = 400)
    {
        // Parameter vector: weights, then the bias as the last entry.
        var n = featureCount + 1;
        double Evaluate(double[] x, double[] gradient)
        {
            Array.Clear(gradient);
            var loss = 0.0;
            for (var i = 0; i < rows.Count; i++)
            {
                var scale = scales?[i] ?? 1.0;
                var sum = 0.0;
                foreach (var j in rows[i])
                {
                    sum += x[j];
                }

                var z = x[featureCount] + (scale * sum);
                var t = labels[i] ? 1.0 : 0.0;
                var c = labels[i] ? positiveWeight : 1.0;
                loss += c * (Softplus(z) - (t * z));
                var d = c * (Sigmoid(z) - t);
                foreach (var j in rows[i])
                {
                    gradient[j] += d * scale;
                }

                gradient[featureCount] += d;
            }

            for (var j = 0; j < featureCount; j++)
            {
                loss += 0.5 * l2 * x[j] * x[j];
                gradient[j] += l2 * x[j];
            }

            return loss;
        }

        var (solution, iterations) = Lbfgs.Minimize(Evaluate, new double[n], maxIterations);
        return new Fit(solution[..featureCount], solution[featureCount], iterations);
    }

    public static double Sigmoid(double z) => z >= 0 ? 1.0 / (1.0 + Math.Exp(-z)) : Math.Exp(z) / (1.0 + Math.Exp(z));

    private static double Softplus(double z) => z > 30 ? z : z < -30 ? Math.Exp(z) : Math.Log(1 + Math.Exp(z));
}
