package org.greentrain.reduce.protodash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FreeFactorTest {

    /** A dense matrix as a Gram. */
    private static Gram of(double[][] k) {
        return new Gram() {
            @Override
            public int size() {
                return k.length;
            }

            @Override
            public double get(int i, int j) {
                return k[i][j];
            }

            @Override
            public void times(double[] w, double[] out) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** A A^T + I for a random n x n matrix A: well conditioned and positive definite. */
    private static double[][] positiveDefinite(int n, Random rng) {
        double[][] a = new double[n][n];
        for (double[] row : a) {
            for (int c = 0; c < n; c++) {
                row[c] = rng.nextGaussian();
            }
        }
        double[][] k = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int c = 0; c < n; c++) {
                    k[i][j] += a[i][c] * a[j][c];
                }
            }
            k[i][i] += 1;
        }
        return k;
    }

    /** K_FF z = rhs by Gaussian elimination with partial pivoting, the reference. */
    private static double[] denseSolve(double[][] k, int[] free, double[] rhs) {
        int f = free.length;
        double[][] m = new double[f][f + 1];
        for (int a = 0; a < f; a++) {
            for (int b = 0; b < f; b++) {
                m[a][b] = k[free[a]][free[b]];
            }
            m[a][f] = rhs[a];
        }
        for (int col = 0; col < f; col++) {
            int pivot = col;
            for (int r = col + 1; r < f; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int r = col + 1; r < f; r++) {
                double factor = m[r][col] / m[col][col];
                for (int c = col; c <= f; c++) {
                    m[r][c] -= factor * m[col][c];
                }
            }
        }
        double[] z = new double[f];
        for (int r = f - 1; r >= 0; r--) {
            double s = m[r][f];
            for (int c = r + 1; c < f; c++) {
                s -= m[r][c] * z[c];
            }
            z[r] = s / m[r][r];
        }
        return z;
    }

    @Test
    void solvesMatchAFreshSolveThroughAnySequenceOfJoiningAndLeaving() {
        Random rng = new Random(3);
        for (int trial = 0; trial < 20; trial++) {
            int n = 5 + rng.nextInt(40);
            double[][] k = positiveDefinite(n, rng);
            FreeFactor factor = new FreeFactor();
            factor.use(of(k));
            TreeSet<Integer> free = new TreeSet<>();
            for (int step = 0; step < 60; step++) {
                // variables join and leave anywhere in the set, several at a time, as the active-set loop makes them
                int changes = 1 + rng.nextInt(3);
                for (int c = 0; c < changes; c++) {
                    int v = rng.nextInt(n);
                    if (!free.remove(v)) {
                        free.add(v);
                    }
                }
                int[] set = free.stream().mapToInt(Integer::intValue).toArray();
                double[] rhs = rng.doubles(set.length, -1, 1).toArray();
                double[] z = factor.solve(set, rhs);
                double[] expected = denseSolve(k, set, rhs);
                assertThat(z).as("trial %d, step %d", trial, step).hasSize(set.length);
                for (int a = 0; a < set.length; a++) {
                    assertThat(z[a]).as("trial %d, step %d, variable %d", trial, step, set[a])
                            .isCloseTo(expected[a], within(1e-9 * Math.max(1, Math.abs(expected[a]))));
                }
            }
        }
    }

    @Test
    void aSingularBlockIsRefusedAndTheFactorStaysUsable() {
        // variable 2 = variable 0 + variable 1: any free set holding all three is singular
        double[][] a = {{1, 0, 2}, {0, 1, 1}, {1, 1, 3}, {2, -1, 0}};
        double[][] k = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                for (int c = 0; c < 3; c++) {
                    k[i][j] += a[i][c] * a[j][c];
                }
            }
        }
        FreeFactor factor = new FreeFactor();
        factor.use(of(k));
        assertThat(factor.solve(new int[] {0, 1, 2}, new double[] {1, 1, 1})).isNull();
        double[] rhs = {1, 2};
        double[] z = factor.solve(new int[] {1, 2}, rhs);
        double[] expected = denseSolve(k, new int[] {1, 2}, rhs);
        assertThat(z[0]).isCloseTo(expected[0], within(1e-9));
        assertThat(z[1]).isCloseTo(expected[1], within(1e-9));
    }
}
