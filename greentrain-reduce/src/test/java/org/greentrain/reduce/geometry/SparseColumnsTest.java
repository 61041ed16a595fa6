package org.greentrain.reduce.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SparseColumnsTest {

    /** n × d points of which about {@code density} are nonzero, with negative values and negative zeros. */
    private static PointColumns points(int n, int d, double density, long seed) {
        Random rng = new Random(seed);
        double[] values = new double[n * d];
        for (int i = 0; i < values.length; i++) {
            double u = rng.nextDouble();
            values[i] = u < density ? rng.nextGaussian() * 100 : (u < density + 0.05 ? -0.0 : 0.0);
        }
        return PointColumns.ofRowMajor(values, n, d);
    }

    @Test
    void dotProductsAreThoseOfTheDensePassBitForBit() {
        for (long seed = 0; seed < 20; seed++) {
            PointColumns p = points(300, 40, 0.15, seed);
            SparseColumns sparse = SparseColumns.ifSparse(p, 0.25).orElseThrow();
            Random rng = new Random(seed + 100);
            double[] v = new double[40];
            for (int j = 0; j < v.length; j++) {
                v[j] = rng.nextInt(5) == 0 ? (rng.nextBoolean() ? 0.0 : -0.0) : rng.nextGaussian() * 1e3;
            }
            double[] dense = new double[300];
            double[] fromNonzeros = new double[300];
            p.dots(v, dense);
            sparse.dots(v, fromNonzeros);
            for (int i = 0; i < dense.length; i++) {
                assertThat(Double.doubleToRawLongBits(fromNonzeros[i]))
                        .as("seed %d, point %d", seed, i).isEqualTo(Double.doubleToRawLongBits(dense[i]));
            }
        }
    }

    @Test
    void denseDataAreLeftToTheDensePass() {
        assertThat(SparseColumns.ifSparse(points(200, 10, 0.6, 1), 0.25)).isEmpty();
        assertThat(SparseColumns.ifSparse(points(200, 10, 0.0, 1), 0.25)).isPresent();
    }

    @Test
    void allZeroPointsHaveZeroDotProducts() {
        SparseColumns sparse = SparseColumns.ifSparse(points(50, 8, 0.0, 3), 0.25).orElseThrow();
        double[] out = new double[50];
        java.util.Arrays.fill(out, 7);
        sparse.dots(new double[] {1, -2, 3, -4, 5, -6, 7, -8}, out);
        for (double x : out) {
            assertThat(Double.doubleToRawLongBits(x)).isEqualTo(Double.doubleToRawLongBits(0.0));
        }
    }
}
