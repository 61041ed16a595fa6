package org.greentrain.reduce.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class KMeansTest {

    private static FloatPoints gaussian(int n, int d, long seed) {
        Random rng = new Random(seed);
        double[] v = new double[n * d];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (rng.nextGaussian() + (i / d % 3) * 4); // k-means reads points in single precision
        }
        return FloatPoints.ofRowMajor(v, n, d);
    }

    /** With tolerance 0 a converged run is a fixed point: every point is at its nearest centroid, every centroid the
     * mean of its points. This checks that Hamerly's pruning never skips a needed reassignment. */
    @Test
    void convergedRunIsAFixedPointOfLloyd() {
        for (KMeansOptions.Init init : KMeansOptions.Init.values()) {
            for (long seed = 0; seed < 6; seed++) {
                FloatPoints p = gaussian(600, 3, seed);
                int k = 5 + (int) seed * 7;
                KMeansResult r = KMeans.fit(p, new KMeansOptions(k, init, KMeansOptions.EmptyClusters.RELOCATE,
                        new StopRule.CentreShift(0), 10_000), seed);
                assertThat(r.converged()).isTrue();
                checkFixedPoint(p, r);
            }
        }
    }

    /** Hundreds of centres, ten groups and k/32 movers per update: the pruning must still give Lloyd's fixed point. */
    @Test
    void manyCentresWithMoversConvergeToAFixedPointOfLloyd() {
        for (long seed = 0; seed < 3; seed++) {
            FloatPoints p = gaussian(4000, 8, 20 + seed);
            KMeansResult r = KMeans.fit(p, new KMeansOptions(400, KMeansOptions.Init.PLUS_PLUS,
                    KMeansOptions.EmptyClusters.RELOCATE, new StopRule.CentreShift(0), 10_000), seed);
            assertThat(r.converged()).isTrue();
            assertThat(r.iterations()).isGreaterThan(3);
            checkFixedPoint(p, r);
        }
    }

    private static void checkFixedPoint(FloatPoints p, KMeansResult r) {
        int d = p.dims();
        double[][] sums = new double[r.clusters()][d];
        int[] counts = new int[r.clusters()];
        double inertia = 0;
        for (int i = 0; i < p.size(); i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int c = 0; c < r.clusters(); c++) {
                double s = 0;
                for (int j = 0; j < d; j++) {
                    double t = p.get(i, j) - r.centroids()[c * d + j];
                    s += t * t;
                }
                best = Math.min(best, s);
            }
            double own = 0;
            for (int j = 0; j < d; j++) {
                double t = p.get(i, j) - r.centroids()[r.assignment()[i] * d + j];
                own += t * t;
                sums[r.assignment()[i]][j] += p.get(i, j);
            }
            counts[r.assignment()[i]]++;
            // distances are single precision, like the data: nearest up to float rounding
            assertThat(own).isCloseTo(best, within(1e-5 * Math.max(1, best)));
            assertThat(r.distance()[i]).isCloseTo(Math.sqrt(own), within(1e-5 * Math.max(1, Math.sqrt(own))));
            inertia += own;
        }
        assertThat(r.inertia()).isCloseTo(inertia, within(1e-5 * inertia));
        for (int c = 0; c < r.clusters(); c++) {
            assertThat(counts[c]).isPositive();
            for (int j = 0; j < d; j++) {
                assertThat(r.centroids()[c * d + j]).isCloseTo(sums[c][j] / counts[c], within(1e-9));
            }
        }
    }

    @Test
    void sameSeedSameCentroids() {
        FloatPoints p = gaussian(500, 4, 3);
        KMeansOptions o = new KMeansOptions(20, KMeansOptions.Init.PLUS_PLUS, KMeansOptions.EmptyClusters.RELOCATE,
                new StopRule.CentreShift(1e-4), 300);
        assertThat(KMeans.fit(p, o, 9).centroids()).isEqualTo(KMeans.fit(p, o, 9).centroids());
        assertThat(KMeans.fit(p, o, 9).centroids()).isNotEqualTo(KMeans.fit(p, o, 10).centroids());
    }

    @Test
    void scipyModeDropsClustersThatEmpty() {
        // any 3 distinct rows of these 4 include both copies of one point; the later copy never wins a tie
        FloatPoints p = FloatPoints.ofRowMajor(new double[] {0, 0, 0, 0, 10, 10, 10, 10}, 4, 2);
        for (long seed = 0; seed < 10; seed++) {
            KMeansResult r = KMeans.fit(p, new KMeansOptions(3, KMeansOptions.Init.RANDOM_ROWS,
                    KMeansOptions.EmptyClusters.DROP, new StopRule.DistortionDrop(1e-5), 300), seed);
            assertThat(r.clusters()).isEqualTo(2);
            assertThat(r.inertia()).isZero();
        }
    }

    @Test
    void plusPlusStopsAtTheNumberOfDistinctPoints() {
        double[] v = new double[20];
        for (int i = 0; i < 10; i++) {
            v[2 * i] = i % 3;
            v[2 * i + 1] = 1;
        }
        KMeansResult r = KMeans.fit(FloatPoints.ofRowMajor(v, 10, 2), new KMeansOptions(5,
                KMeansOptions.Init.PLUS_PLUS, KMeansOptions.EmptyClusters.RELOCATE, new StopRule.CentreShift(1e-4),
                300), 1);
        assertThat(r.clusters()).isEqualTo(3);
        assertThat(r.inertia()).isZero();
    }

    @Test
    void relocationKeepsKClustersWhenOneEmpties() {
        // random rows may seed two centres on the same tight pair; relocation must still give k non-empty clusters
        FloatPoints p = gaussian(300, 2, 5);
        for (long seed = 0; seed < 20; seed++) {
            KMeansResult r = KMeans.fit(p, new KMeansOptions(40, KMeansOptions.Init.RANDOM_ROWS,
                    KMeansOptions.EmptyClusters.RELOCATE, new StopRule.CentreShift(0), 10_000), seed);
            assertThat(r.clusters()).isEqualTo(40);
            checkFixedPoint(p, r);
        }
    }

    @Test
    void refusesMoreClustersThanPoints() {
        FloatPoints p = gaussian(3, 2, 1);
        assertThatThrownBy(() -> KMeans.fit(p, new KMeansOptions(4, KMeansOptions.Init.PLUS_PLUS,
                KMeansOptions.EmptyClusters.RELOCATE, new StopRule.CentreShift(0), 10), 0))
                .hasMessage("cannot make 4 clusters of 3 points");
    }
}
