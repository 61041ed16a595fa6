package org.greentrain.reduce.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FarthestPointSamplerTest {

    /** The definition: every step measures every point against the newest pick and takes the first farthest. */
    private static int[] plainScan(PointColumns points, int count, Norm norm, int start) {
        int n = points.size();
        double[] nearest = new double[n];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        double[] q = new double[points.dims()];
        int[] order = new int[count];
        int current = start;
        for (int t = 0; t < count; t++) {
            order[t] = current;
            nearest[current] = -1;
            points.point(current, q);
            int best = -1;
            for (int i = 0; i < n; i++) {
                nearest[i] = Math.min(nearest[i], points.rawDistance(q, norm, i));
                if (best < 0 || nearest[i] > nearest[best]) {
                    best = i;
                }
            }
            current = best;
        }
        return order;
    }

    private static PointColumns random(Random rng, int n, int dims, boolean integerGrid) {
        double[] values = new double[n * dims];
        for (int i = 0; i < values.length; i++) {
            values[i] = integerGrid ? rng.nextInt(4) : rng.nextGaussian() * (1 + (i / dims) % 3);
        }
        return PointColumns.ofRowMajor(values, n, dims);
    }

    @Test
    void equalsThePlainScanOnBlobsTiesAndDuplicates() {
        Random rng = new Random(11);
        for (int trial = 0; trial < 60; trial++) {
            boolean grid = trial % 2 == 0; // a 4-value grid in few dimensions: many exact ties and duplicates
            int dims = 1 + rng.nextInt(grid ? 3 : 16);
            int n = 1 + rng.nextInt(400);
            PointColumns points = random(rng, n, dims, grid);
            int count = 1 + rng.nextInt(n);
            int start = rng.nextInt(n);
            for (Norm norm : Norm.values()) {
                assertThat(FarthestPointSampler.order(points, count, norm, start))
                        .as("trial %d, %s, n=%d, count=%d", trial, norm, n, count)
                        .containsExactly(plainScan(points, count, norm, start));
            }
        }
    }

    @Test
    void allPointsOfACloudComeBackOnceEach() {
        PointColumns points = random(new Random(3), 2000, 8, false);
        int[] order = FarthestPointSampler.order(points, 2000, Norm.L2, 17);
        assertThat(order).doesNotHaveDuplicates().hasSize(2000);
        assertThat(order[0]).isEqualTo(17);
    }

    @Test
    void identicalPointsComeInIndexOrder() {
        PointColumns points = PointColumns.ofRowMajor(new double[] {2, 2, 2, 2, 2}, 5, 1);
        assertThat(FarthestPointSampler.order(points, 5, Norm.L2, 3)).containsExactly(3, 0, 1, 2, 4);
    }

    @Test
    void rejectsCountsAndStartsOutOfRange() {
        PointColumns points = PointColumns.ofRowMajor(new double[] {0, 1, 2}, 3, 1);
        assertThat(FarthestPointSampler.order(points, 0, Norm.L2, 9)).isEmpty();
        assertThatThrownBy(() -> FarthestPointSampler.order(points, 4, Norm.L2, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FarthestPointSampler.order(points, 2, Norm.L2, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
