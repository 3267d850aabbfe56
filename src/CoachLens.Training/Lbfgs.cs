namespace CoachLens.Training;

/// <summary>
/// Limited-memory BFGS for smooth convex objectives, with a backtracking (Armijo) line search. Small and
/// deterministic: no threads, no randomness.
/// </summary>
public static class Lbfgs
{
    private const int Memory = 10;

    /// <param name="evaluate">Returns f(x) and writes the gradient into its second argument.</param>
    public static (double[] X, int Iterations) Minimize(Func<double[], double[], double> evaluate, double[] start, int maxIterations, double tolerance = 1e-6)
    {
        var n = start.Length;
        var x = (double[])start.Clone();
        var g = new double[n];
        var f = evaluate(x, g);
        var s = new List<double[]>();
        var y = new List<double[]>();
        var rho = new List<double>();
        var direction = new double[n];
        var xNext = new double[n];
        var gNext = new double[n];
        var alpha = new double[Memory];
        var iteration = 0;
        for (; iteration < maxIterations; iteration++)
        {
            if (Norm(g) <= tolerance * Math.Max(1.0, Norm(x)))
            {
                break;
            }

            // Two-loop recursion: direction = -H g.
            Array.Copy(g, direction, n);
            for (var k = s.Count - 1; k >= 0; k--)
            {
                alpha[k] = rho[k] * Dot(s[k], direction);
                Axpy(-alpha[k], y[k], direction);
            }

            var gamma = s.Count == 0 ? 1.0 / Math.Max(1.0, Norm(g)) : Dot(s[^1], y[^1]) / Dot(y[^1], y[^1]);
            Scale(direction, gamma);
            for (var k = 0; k < s.Count; k++)
            {
                var beta = rho[k] * Dot(y[k], direction);
                Axpy(alpha[k] - beta, s[k], direction);
            }

            Scale(direction, -1);
            var slope = Dot(g, direction);
            if (slope >= 0)
            {
                // Not a descent direction (numerical trouble): restart from steepest descent.
                s.Clear();
                y.Clear();
                rho.Clear();
                Array.Copy(g, direction, n);
                Scale(direction, -1.0 / Math.Max(1.0, Norm(g)));
                slope = Dot(g, direction);
            }

            var step = 1.0;
            double fNext;
            while (true)
            {
                for (var j = 0; j < n; j++)
                {
                    xNext[j] = x[j] + (step * direction[j]);
                }

                fNext = evaluate(xNext, gNext);
                if (fNext <= f + (1e-4 * step * slope) || step < 1e-12)
                {
                    break;
                }

                step *= 0.5;
            }

            var sk = new double[n];
            var yk = new double[n];
            for (var j = 0; j < n; j++)
            {
                sk[j] = xNext[j] - x[j];
                yk[j] = gNext[j] - g[j];
            }

            var sy = Dot(sk, yk);
            if (sy > 1e-12)
            {
                if (s.Count == Memory)
                {
                    s.RemoveAt(0);
                    y.RemoveAt(0);
                    rho.RemoveAt(0);
                }

                s.Add(sk);
                y.Add(yk);
                rho.Add(1.0 / sy);
            }

            var change = Math.Abs(f - fNext) / Math.Max(1.0, Math.Abs(f));
            Array.Copy(xNext, x, n);
            Array.Copy(gNext, g, n);
            f = fNext;
            if (change < 1e-10)
            {
                iteration++;
                break;
            }
        }

        return (x, iteration);
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static double Norm(double[] a) => Math.Sqrt(Dot(a, a));

    private static void Axpy(double a, double[] x, double[] y)
    {
        for (var i = 0; i < x.Length; i++)
        {
            y[i] += a * x[i];
        }
    }

    private static void Scale(double[] x, double a)
    {
        for (var i = 0; i < x.Length; i++)
        {
            x[i] *= a;
        }
    }
}
