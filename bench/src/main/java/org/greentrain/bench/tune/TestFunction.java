package org.greentrain.bench.tune;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.study.Trial;

/**
 * A standard optimisation test function with its usual domain and known global minimum, as defined in Surjanovic and
 * Bingham's Virtual Library of Simulation Experiments. {@code bench/python/tune_optuna.py} defines the same three.
 *
 * @param name         short name used in the bench output
 * @param space        the domain as a search-space spec, parameters {@code x1..xd}
 * @param knownMinimum the global minimum value
 * @param f            the function of {@code (x1..xd)}
 */
public record TestFunction(String name, String space, double knownMinimum, ToDoubleFunction<double[]> f) {

    /** Branin (Branin-Hoo) on [-5, 10] x [0, 15]; minimum 0.397887 at three points. */
    public static final TestFunction BRANIN = new TestFunction("branin", "x1=-5..10,x2=0..15", 0.397887,
            TestFunction::branin);

    /** Hartmann-6 on [0, 1]^6; minimum -3.32237. */
    public static final TestFunction HARTMANN6 = new TestFunction("hartmann6",
            "x1=0..1,x2=0..1,x3=0..1,x4=0..1,x5=0..1,x6=0..1", -3.32237, TestFunction::hartmann6);

    /** Rosenbrock in 4 dimensions on [-5, 10]^4; minimum 0 at (1, 1, 1, 1). */
    public static final TestFunction ROSENBROCK4 = new TestFunction("rosenbrock4",
            "x1=-5..10,x2=-5..10,x3=-5..10,x4=-5..10", 0, TestFunction::rosenbrock);

    /** The three functions of the benchmark. */
    public static final List<TestFunction> ALL = List.of(BRANIN, HARTMANN6, ROSENBROCK4);

    private static final double[] HARTMANN_ALPHA = {1.0, 1.2, 3.0, 3.2};
    private static final double[][] HARTMANN_A = {
        {10, 3, 17, 3.5, 1.7, 8}, {0.05, 10, 17, 0.1, 8, 14}, {3, 3.5, 1.7, 10, 17, 8}, {17, 8, 0.05, 10, 0.1, 14}};
    private static final double[][] HARTMANN_P = {
        {0.1312, 0.1696, 0.5569, 0.0124, 0.8283, 0.5886}, {0.2329, 0.4135, 0.8307, 0.3736, 0.1004, 0.9991},
        {0.2348, 0.1451, 0.3522, 0.2883, 0.3047, 0.6650}, {0.4047, 0.8828, 0.8732, 0.5743, 0.1091, 0.0381}};

    /** The search space. */
    public SearchSpace searchSpace() {
        return SearchSpace.parse(space);
    }

    /** The number of dimensions. */
    public int dims() {
        return searchSpace().size();
    }

    /** The function at the trial's point. */
    public double at(Trial trial) {
        double[] x = new double[dims()];
        for (int i = 0; i < x.length; i++) {
            x[i] = trial.getDouble("x" + (i + 1));
        }
        return f.applyAsDouble(x);
    }

    static double branin(double[] x) {
        double b = 5.1 / (4 * Math.PI * Math.PI);
        double c = 5 / Math.PI;
        double t = 1 / (8 * Math.PI);
        double u = x[1] - b * x[0] * x[0] + c * x[0] - 6;
        return u * u + 10 * (1 - t) * Math.cos(x[0]) + 10;
    }

    static double hartmann6(double[] x) {
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            double inner = 0;
            for (int j = 0; j < 6; j++) {
                double d = x[j] - HARTMANN_P[i][j];
                inner += HARTMANN_A[i][j] * d * d;
            }
            sum += HARTMANN_ALPHA[i] * Math.exp(-inner);
        }
        return -sum;
    }

    static double rosenbrock(double[] x) {
        double sum = 0;
        for (int i = 0; i + 1 < x.length; i++) {
            double a = x[i + 1] - x[i] * x[i];
            double b = x[i] - 1;
            sum += 100 * a * a + b * b;
        }
        return sum;
    }
}
