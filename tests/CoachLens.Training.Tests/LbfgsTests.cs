namespace CoachLens.Training.Tests;

public class LbfgsTests
{
    [Fact]
    public void Minimize_FindsTheMinimumOfAQuadratic()
    {
        // f(x, y) = (x - 3)^2 + 10 (y + 1)^2
        static double F(double[] x, double[] g)
        {
            g[0] = 2 * (x[0] - 3);
            g[1] = 20 * (x[1] + 1);
            return ((x[0] - 3) * (x[0] - 3)) + (10 * (x[1] + 1) * (x[1] + 1));
        }

        var (x, _) = Lbfgs.Minimize(F, [0, 0], 200);
        Assert.Equal(3, x[0], 4);
        Assert.Equal(-1, x[1], 4);
    }

    [Fact]
    public void Minimize_OfTheRosenbrockValley_GetsToTheBottom()
    {
        static double F(double[] x, double[] g)
        {
            var (a, b) = (x[0], x[1]);
            g[0] = (-2 * (1 - a)) - (400 * a * (b - (a * a)));
            g[1] = 200 * (b - (a * a));
            return ((1 - a) * (1 - a)) + (100 * (b - (a * a)) * (b - (a * a)));
        }

        var (x, _) = Lbfgs.Minimize(F, [-1.2, 1], 2000, 1e-10);
        Assert.Equal(1, x[0], 3);
        Assert.Equal(1, x[1], 3);
    }
}
