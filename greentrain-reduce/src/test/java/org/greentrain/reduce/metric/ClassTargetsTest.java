package org.greentrain.reduce.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.TestData;
import org.greentrain.reduce.geometry.Norm;
import org.junit.jupiter.api.Test;

class ClassTargetsTest {

    /** The raw distance to the nearest of {@code rows}, coordinates summed in order as the kernels do. */
    private static double bruteNearest(Dataset data, int[] rows, double[] q, Norm norm) {
        double nearest = Double.POSITIVE_INFINITY;
        for (int row : rows) {
            double acc = 0;
            for (int j = 0; j < q.length; j++) {
                double t = q[j] - data.get(row, j);
                acc = norm == Norm.L2 ? acc + t * t : Math.max(acc, Math.abs(t));
            }
            nearest = Math.min(nearest, acc);
        }
        return nearest;
    }

    @Test
    void nearestAboveIsExactOrAWitnessWithinTheFloor() {
        SplittableRandom rng = new SplittableRandom(17);
        for (int trial = 0; trial < 60; trial++) {
            int dims = trial % 2 == 0 ? 16 : 1 + rng.nextInt(5);
            int size = 1 + rng.nextInt(trial % 3 == 0 ? 300 : 40);
            Dataset data = TestData.blobs(new int[] {size}, dims, 2, rng.nextLong());
            int[] rows = data.indicesOfClass(0);
            for (Norm norm : Norm.values()) {
                ClassTargets targets = new ClassTargets(data, rows, norm);
                double[] scratch = targets.scratch();
                for (int query = 0; query < 20; query++) {
                    double[] q = new double[dims];
                    for (int j = 0; j < dims; j++) {
                        q[j] = (float) (rng.nextGaussian() * 3);
                    }
                    double exact = bruteNearest(data, rows, q, norm);
                    assertThat(targets.nearestAbove(q, 0, scratch)).isEqualTo(exact);
                    double floor = exact * (0.5 + rng.nextDouble());
                    double found = targets.nearestAbove(q, floor, scratch);
                    if (exact <= floor) {
                        assertThat(found).isLessThanOrEqualTo(floor).isGreaterThanOrEqualTo(exact);
                    } else {
                        assertThat(found).isEqualTo(exact);
                    }
                }
            }
        }
    }
}
