package org.greentrain.reduce.reducer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.Reduction;
import org.greentrain.reduce.SizeRule;
import org.greentrain.reduce.TestData;
import org.greentrain.reduce.geometry.Norm;
import org.junit.jupiter.api.Test;

class MmsReducerTest {

    private static MmsReducer mms(String norm, String start) {
        return new MmsReducer(MmsParams.fromMap(Map.of("norm", norm, "start", start)));
    }

    @Test
    void keepsTruncPerClassInClassOrder() {
        int[] sizes = {90, 45, 7};
        Dataset data = TestData.blobs(sizes, 3, 5, 1);
        Reduction r = mms("l2", "random").reduce(data, 0.7, 3, TestData.METER);
        int[] expected = {62, 31, 4}; // trunc(0.7*90) = 62 (§9.1)
        assertThat(r.data().classCounts()).containsExactly(expected);
        int[] labels = r.data().labels();
        for (int i = 1; i < labels.length; i++) {
            assertThat(labels[i]).isGreaterThanOrEqualTo(labels[i - 1]);
        }
    }

    @Test
    void symmetricCrossTakesSmallestIndexOnTies() {
        // §9.3: GUDHI picks 0,4,3,2,1 here; the smallest-index rule gives 0,1,2,3,4.
        double[][] rows = {{0, 0}, {1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        Dataset data = TestData.of(rows, new int[5], 1);
        for (String norm : new String[] {"l2", "linf"}) {
            Reduction r = mms(norm, "first").reduce(data, 1.0, 0, TestData.METER);
            assertThat(r.sourceRows()).containsExactly(0, 1, 2, 3, 4);
        }
    }

    @Test
    void duplicatesAreTakenAtDistanceZeroSoTheSizeIsKept() {
        double[][] rows = new double[10][];
        for (int i = 0; i < 10; i++) {
            rows[i] = i < 8 ? new double[] {1, 1} : new double[] {5, 5};
        }
        Dataset data = TestData.of(rows, new int[10], 1);
        Reduction r = mms("l2", "first").reduce(data, 0.5, 0, TestData.METER);
        assertThat(r.sourceRows()).containsExactly(0, 8, 1, 2, 3);
    }

    @Test
    void matchesABruteForceFarthestFirstOnTiedIntegerData() {
        Random rng = new Random(5);
        for (int trial = 0; trial < 20; trial++) {
            int n = 5 + rng.nextInt(60);
            double[][] rows = new double[n][3];
            int[] labels = new int[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < 3; j++) {
                    rows[i][j] = rng.nextInt(4); // many exact ties and duplicates
                }
                labels[i] = rng.nextInt(2);
            }
            Dataset data = TestData.of(rows, labels, 2);
            for (Norm norm : Norm.values()) {
                double p = 0.1 + 0.9 * rng.nextDouble();
                Reduction r = mms(norm.id(), "first").reduce(data, p, 0, TestData.METER);
                int pos = 0;
                for (int c = 0; c < 2; c++) {
                    int[] cls = data.indicesOfClass(c);
                    int[] expected = bruteForce(rows, cls, SizeRule.TRUNC.apply(p, cls.length), norm);
                    for (int e : expected) {
                        assertThat(r.sourceRows()[pos++]).isEqualTo(e);
                    }
                }
                assertThat(pos).isEqualTo(r.size());
            }
        }
    }

    private static int[] bruteForce(double[][] rows, int[] cls, int k, Norm norm) {
        int[] out = new int[k];
        boolean[] taken = new boolean[cls.length];
        for (int t = 0; t < k; t++) {
            int best = -1;
            double bestDist = -1;
            for (int i = 0; i < cls.length; i++) {
                if (taken[i]) {
                    continue;
                }
                double nearest = t == 0 ? 0 : Double.POSITIVE_INFINITY;
                for (int s = 0; s < t; s++) {
                    nearest = Math.min(nearest, distance(rows[cls[i]], rows[out[s]], norm));
                }
                if (nearest > bestDist) {
                    bestDist = nearest;
                    best = i;
                }
            }
            taken[best] = true;
            out[t] = cls[best];
        }
        return out;
    }

    private static double distance(double[] a, double[] b, Norm norm) {
        double acc = 0;
        for (int j = 0; j < a.length; j++) {
            double t = Math.abs(a[j] - b[j]);
            acc = norm == Norm.L2 ? acc + t * t : Math.max(acc, t);
        }
        return norm == Norm.L2 ? Math.sqrt(acc) : acc;
    }

    @Test
    void randomStartDependsOnlyOnTheSeed() {
        Dataset data = TestData.blobs(new int[] {300, 200}, 4, 3, 9);
        MmsReducer r = mms("l2", "random");
        assertThat(r.reduce(data, 0.1, 7, TestData.METER).sourceRows())
                .isEqualTo(r.reduce(data, 0.1, 7, TestData.METER).sourceRows())
                .isNotEqualTo(r.reduce(data, 0.1, 8, TestData.METER).sourceRows());
    }

    @Test
    void classWithNoRowsToKeepIsNoted() {
        Dataset data = TestData.blobs(new int[] {40, 3}, 2, 3, 9);
        Reduction r = mms("l2", "random").reduce(data, 0.2, 7, TestData.METER);
        assertThat(r.data().classCounts()).containsExactly(8, 0);
        assertThat(r.notes()).singleElement().asString()
                .isEqualTo("mms: class 'c1' has 3 rows; trunc(0.2 x 3) = 0, so it contributes no rows");
    }
}
