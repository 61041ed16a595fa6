package org.greentrain.reduce.protodash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.greentrain.reduce.geometry.PointColumns;
import org.junit.jupiter.api.Test;

class ProtoDashTest {

    private static double gaussian(PointColumns p, int i, int j, double sigma) {
        double s = 0;
        for (int c = 0; c < p.dims(); c++) {
            double t = p.get(i, c) - p.get(j, c);
            s += t * t;
        }
        return Math.exp(-s / (2 * sigma * sigma));
    }

    private static PointColumns cloud(int n, int d, long seed) {
        Random rng = new Random(seed);
        double[] v = new double[n * d];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextDouble();
        }
        return PointColumns.ofRowMajor(v, n, d);
    }

    @Test
    void firstPickMaximisesTheSquaredCosineGainOfTheLinearKernel() {
        PointColumns p = cloud(50, 3, 1);
        ProtoDash.Result r = ProtoDash.select(p, 1, new Kernel.Linear());
        double[] mean = new double[3];
        for (int i = 0; i < 50; i++) {
            for (int j = 0; j < 3; j++) {
                mean[j] += p.get(i, j) / 50;
            }
        }
        int best = -1;
        double bestGain = -1;
        for (int i = 0; i < 50; i++) {
            double dot = 0;
            double norm = 0;
            for (int j = 0; j < 3; j++) {
                dot += p.get(i, j) * mean[j];
                norm += p.get(i, j) * p.get(i, j);
            }
            if (dot * dot / (2 * norm) > bestGain) {
                bestGain = dot * dot / (2 * norm);
                best = i;
            }
        }
        assertThat(r.picks()).containsExactly(best);
    }

    @Test
    void linearKernelDegeneratesAfterAboutDPicksAndThenFollowsIndexOrder() {
        PointColumns p = cloud(60, 3, 2);
        ProtoDash.Result r = ProtoDash.select(p, 20, new Kernel.Linear());
        assertThat(r.degenerateFrom()).isBetween(1, 6);
        int[] tail = IntStream.range(r.degenerateFrom(), 20).map(i -> r.picks()[i]).toArray();
        assertThat(tail).isSorted();
        assertThat(IntStream.of(r.picks()).distinct().count()).isEqualTo(20);
    }

    @Test
    void afterTheLastImprovingPickEachPickIsTheSmallestIndexWithinTieOfTheBestScore() {
        // integer coordinates of both signs, many duplicates; the frozen scores are recomputed here with the
        // arithmetic of the selection itself, and every pick of the tail is checked against the scan it replaces
        Random rng = new Random(11);
        for (int trial = 0; trial < 30; trial++) {
            int n = 20 + rng.nextInt(50);
            int d = 2 + rng.nextInt(3);
            double[] v = new double[n * d];
            for (int i = 0; i < v.length; i++) {
                v[i] = rng.nextInt(7) - 3;
            }
            PointColumns p = PointColumns.ofRowMajor(v, n, d);
            ProtoDash.Result r = ProtoDash.select(p, n, new Kernel.Linear());
            assertThat(IntStream.of(r.picks()).sorted().toArray()).isEqualTo(IntStream.range(0, n).toArray());
            int from = r.degenerateFrom();
            assertThat(from).isPositive();
            double[] score = frozenLinearScores(p, r.picks(), r.weights(), from);
            double scale = 0;
            for (int j = 0; j < n; j++) {
                scale = Math.max(scale, Math.abs(mu(p, j)));
            }
            double tie = 1e-10 * Math.max(scale, Double.MIN_NORMAL);
            boolean[] picked = new boolean[n];
            for (int t = 0; t < from; t++) {
                picked[r.picks()[t]] = true;
            }
            for (int t = from; t < n; t++) {
                double best = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < n; j++) {
                    best = picked[j] ? best : Math.max(best, score[j]);
                }
                int expected = -1;
                for (int j = 0; j < n && expected < 0; j++) {
                    expected = !picked[j] && score[j] >= best - tie ? j : -1;
                }
                assertThat(r.picks()[t]).as("pick %d of trial %d", t, trial).isEqualTo(expected);
                picked[expected] = true;
            }
        }
    }

    /** μ_j − x_j · Σ_s w_s x_s over the first {@code count} picks, as the selection computes it. */
    private static double[] frozenLinearScores(PointColumns p, int[] picks, double[] w, int count) {
        int n = p.size();
        double[] score = new double[n];
        for (int j = 0; j < n; j++) {
            score[j] = mu(p, j) - subtracted(p, picks, w, count, j);
        }
        return score;
    }

    private static double mu(PointColumns p, int j) {
        double[] mean = new double[p.dims()];
        for (int i = 0; i < p.size(); i++) {
            for (int c = 0; c < p.dims(); c++) {
                mean[c] += p.get(i, c);
            }
        }
        double s = 0;
        for (int c = 0; c < p.dims(); c++) {
            s += p.get(j, c) * (mean[c] / p.size());
        }
        return s;
    }

    private static double subtracted(PointColumns p, int[] picks, double[] w, int count, int j) {
        double[] v = new double[p.dims()];
        for (int s = 0; s < count; s++) {
            for (int c = 0; c < p.dims(); c++) {
                v[c] += w[s] * p.get(picks[s], c);
            }
        }
        double s = 0;
        for (int c = 0; c < p.dims(); c++) {
            s += p.get(j, c) * v[c];
        }
        return s;
    }

    @Test
    void gaussianKernelKeepsImprovingAndItsWeightsAreOptimal() {
        PointColumns p = cloud(80, 2, 3);
        ProtoDash.Result r = ProtoDash.select(p, 15, new Kernel.Gaussian(0.5));
        assertThat(r.degenerateFrom()).isEqualTo(-1);
        assertThat(IntStream.of(r.picks()).distinct().count()).isEqualTo(15);
        // rebuild the final QP and check its optimality conditions
        int m = 15;
        double[][] k = new double[m][m];
        double[] mu = new double[m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                k[a][b] = gaussian(p, r.picks()[a], r.picks()[b], 0.5);
            }
            for (int i = 0; i < p.size(); i++) {
                mu[a] += gaussian(p, i, r.picks()[a], 0.5) / p.size();
            }
        }
        Gram gram = new Gram() {
            @Override
            public int size() {
                return m;
            }

            @Override
            public double get(int a, int b) {
                return k[a][b];
            }

            @Override
            public void times(double[] w, double[] out) {
                for (int a = 0; a < m; a++) {
                    out[a] = 0;
                    for (int b = 0; b < m; b++) {
                        out[a] += k[a][b] * w[b];
                    }
                }
            }
        };
        assertThat(BoxQp.kktViolation(gram, mu, ProtoDash.MAX_WEIGHT, r.weights())).isLessThan(1e-9);
        assertThat(java.util.stream.DoubleStream.of(r.weights()).sum()).isPositive();
    }
}
