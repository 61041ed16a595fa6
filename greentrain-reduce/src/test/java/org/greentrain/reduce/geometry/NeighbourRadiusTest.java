package org.greentrain.reduce.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NeighbourRadiusTest {

    @Test
    void givesEachSampledPointsKthNearestDistanceAsBruteForceDoes() {
        Random rng = new Random(5);
        int n = 60;
        int dims = 3;
        double[] values = new double[n * dims];
        for (int i = 0; i < values.length; i++) {
            values[i] = rng.nextGaussian();
        }
        values[3] = values[0]; // a duplicate of point 0: its nearest other point, at distance 0
        values[4] = values[1];
        values[5] = values[2];
        PointColumns points = PointColumns.ofRowMajor(values, n, dims);
        for (int k : new int[] {1, 3, 59}) {
            double[] all = NeighbourRadius.kthNearest(points, k, n, new SplittableRandom(1));
            double[] expected = new double[n];
            for (int i = 0; i < n; i++) {
                double[] others = new double[n - 1];
                int m = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i) {
                        double s = 0;
                        for (int c = 0; c < dims; c++) {
                            double t = values[i * dims + c] - values[j * dims + c];
                            s += t * t;
                        }
                        others[m++] = Math.sqrt(s);
                    }
                }
                Arrays.sort(others);
                expected[i] = others[k - 1];
            }
            Arrays.sort(all);
            Arrays.sort(expected);
            assertThat(all).as("k = " + k).containsExactly(expected);
        }
        assertThat(NeighbourRadius.kthNearest(points, 1, n, new SplittableRandom(1))).contains(0.0);
    }

    @Test
    void samplesAtMostTheGivenNumberAndNeedMoreThanKPoints() {
        PointColumns points = PointColumns.ofRowMajor(new double[] {0, 1, 2, 3, 4}, 5, 1);
        double[] three = NeighbourRadius.kthNearest(points, 2, 3, new SplittableRandom(2));
        assertThat(Arrays.stream(three).boxed().toList()).hasSize(3).allSatisfy(d -> assertThat(d).isIn(1.0, 2.0));
        assertThat(NeighbourRadius.kthNearest(points, 5, 3, new SplittableRandom(2))).isEmpty();
        assertThat(NeighbourRadius.kthNearest(points, 2, 3, new SplittableRandom(2)))
                .containsExactly(NeighbourRadius.kthNearest(points, 2, 3, new SplittableRandom(2)));
    }
}
