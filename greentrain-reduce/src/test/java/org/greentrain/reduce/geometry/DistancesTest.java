package org.greentrain.reduce.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DistancesTest {

    @Test
    void blockDistancesEqualOnePointDistancesBitForBit() {
        Random rng = new Random(23);
        for (int dims = 1; dims <= 19; dims++) {
            int n = 1 + rng.nextInt(700);
            double[][] columns = new double[dims][n];
            for (double[] column : columns) {
                for (int i = 0; i < n; i++) {
                    column[i] = rng.nextGaussian() * Math.pow(10, rng.nextInt(7) - 3);
                }
            }
            double[] q = new double[dims];
            for (int j = 0; j < dims; j++) {
                q[j] = rng.nextGaussian();
            }
            for (Norm norm : Norm.values()) {
                int from = rng.nextInt(n);
                double[] out = new double[n];
                Distances.raw(columns, q, norm, from, n, out);
                for (int i = from; i < n; i++) {
                    assertThat(out[i]).as("%s, %d dims, point %d", norm, dims, i)
                            .isEqualTo(Distances.raw(columns, q, norm, i));
                }
            }
        }
    }
}
