package org.greentrain.reduce.protodash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoxQpTest {

    /** K = A Aᵀ for a random n × r matrix A: rank r, singular whenever r < n. */
    private static Gram gram(double[][] a) {
        int n = a.length;
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int c = 0; c < a[0].length; c++) {
                    k[i][j] += a[i][c] * a[j][c];
                }
            }
        }
        return new Gram() {
            @Override
            public int size() {
                return n;
            }

            @Override
            public double get(int i, int j) {
                return k[i][j];
            }

            @Override
            public void times(double[] w, double[] out) {
                for (int i = 0; i < n; i++) {
                    double s = 0;
                    for (int j = 0; j < n; j++) {
                        s += k[i][j] * w[j];
                    }
                    out[i] = s;
                }
            }
        };
    }

    @Test
    void solutionsSatisfyKktOnRandomPositiveSemidefiniteProblems() {
        Random rng = new Random(7);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + rng.nextInt(12);
            int rank = 1 + rng.nextInt(n + 2); // often rank-deficient, like the linear kernel
            double[][] a = new double[n][rank];
            for (double[] row : a) {
                for (int c = 0; c < rank; c++) {
                    row[c] = rng.nextGaussian();
                }
            }
            Gram k = gram(a);
            double[] mu = new double[n];
            for (int i = 0; i < n; i++) {
                mu[i] = rng.nextGaussian() * (trial % 5 == 0 ? 1e4 : 1);
            }
            double upper = trial % 3 == 0 ? 0.5 : ProtoDash.MAX_WEIGHT;
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = trial % 2 == 0 ? 0 : rng.nextDouble() * upper; // cold and warm starts
            }
            BoxQp.solve(k, mu, upper, w);
            double scale = 1;
            for (int i = 0; i < n; i++) {
                scale = Math.max(scale, Math.max(Math.abs(mu[i]), k.get(i, i) * upper));
            }
            assertThat(BoxQp.kktViolation(k, mu, upper, w)).as("trial %d", trial).isLessThan(1e-8 * scale);
            for (double v : w) {
                assertThat(v).isBetween(0.0, upper);
            }
        }
    }

    @Test
    void aGrowingSequenceReachesTheOptimaOfSolvingEachProblemAfresh() {
        Random rng = new Random(19);
        for (int trial = 0; trial < 100; trial++) {
            int n = 2 + rng.nextInt(30);
            int rank = 1 + rng.nextInt(n + 2);
            double[][] a = new double[n][rank];
            double[] mu = new double[n];
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < rank; c++) {
                    a[i][c] = rng.nextGaussian();
                }
                mu[i] = rng.nextGaussian() + (trial % 2 == 0 ? 1 : 0);
            }
            double upper = trial % 3 == 0 ? 0.5 : ProtoDash.MAX_WEIGHT;
            BoxQp sequence = BoxQp.forGrowingMatrix();
            double[] carried = new double[0];
            double[] fresh = new double[0];
            for (int m = 1; m <= n; m++) {
                // as ProtoDash does: the first m rows, warm-started from the last optimum plus a new variable at 0
                Gram k = gram(Arrays.copyOf(a, m));
                double[] muM = Arrays.copyOf(mu, m);
                carried = Arrays.copyOf(carried, m);
                fresh = Arrays.copyOf(fresh, m);
                sequence.solveNext(k, muM, upper, carried);
                BoxQp.solve(k, muM, upper, fresh);
                // the factor carried over is updated, not recomputed, so the weights agree up to rounding (and are not
                // unique where K is singular): both must be optimal, with the same objective
                double scale = Math.max(1, n * upper);
                assertThat(BoxQp.kktViolation(k, muM, upper, carried)).as("trial %d, size %d", trial, m)
                        .isLessThan(1e-8 * scale);
                assertThat(BoxQp.kktViolation(k, muM, upper, fresh)).isLessThan(1e-8 * scale);
                assertThat(objective(k, muM, carried)).isCloseTo(objective(k, muM, fresh),
                        within(1e-9 * Math.max(1, Math.abs(objective(k, muM, fresh)))));
            }
        }
    }

    private static double objective(Gram k, double[] mu, double[] w) {
        double[] kw = new double[w.length];
        k.times(w, kw);
        double value = 0;
        for (int i = 0; i < w.length; i++) {
            value += 0.5 * w[i] * kw[i] - mu[i] * w[i];
        }
        return value;
    }

    @Test
    void oneVariableIsTheClippedRatio() {
        Gram k = gram(new double[][] {{2}});
        double[] w = {0};
        BoxQp.solve(k, new double[] {3}, 10, w);
        assertThat(w[0]).isCloseTo(0.75, within(1e-15));
        BoxQp.solve(k, new double[] {-3}, 10, w);
        assertThat(w[0]).isZero();
        BoxQp.solve(k, new double[] {300}, 10, w);
        assertThat(w[0]).isEqualTo(10);
    }
}
