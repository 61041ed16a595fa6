package org.greentrain.reduce.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.TestData;
import org.greentrain.reduce.geometry.Norm;
import org.greentrain.reduce.reducer.SrsParams;
import org.greentrain.reduce.reducer.SrsReducer;
import org.junit.jupiter.api.Test;

class EpsilonRepresentativenessTest {

    @Test
    void datasetIsZeroRepresentativeOfItself() {
        Dataset data = TestData.blobs(new int[] {300, 200, 5}, 6, 3, 1);
        for (Norm norm : Norm.values()) {
            EpsilonResult r = EpsilonRepresentativeness.compute(data, data, norm);
            assertThat(r.epsilon()).isZero();
            assertThat(r.perClass()).containsOnly(0.0);
            assertThat(r.hasMissingClasses()).isFalse();
        }
    }

    @Test
    void onePointPerClassGivesTheLargestLinfDistanceToIt() {
        Dataset data = TestData.blobs(new int[] {50, 30}, 3, 3, 2);
        int[] picks = {data.indicesOfClass(0)[7], data.indicesOfClass(1)[3]};
        EpsilonResult r = EpsilonRepresentativeness.compute(data, data.subset(picks));
        for (int c = 0; c < 2; c++) {
            double expected = 0;
            for (int row : data.indicesOfClass(c)) {
                for (int j = 0; j < 3; j++) {
                    expected = Math.max(expected, Math.abs((double) data.get(row, j) - data.get(picks[c], j)));
                }
            }
            assertThat(r.perClass()[c]).isEqualTo(expected);
        }
        assertThat(r.epsilon()).isEqualTo(Math.max(r.perClass()[0], r.perClass()[1]));
        assertThat(r.norm()).isEqualTo(Norm.LINF);
    }

    @Test
    void missingClassIsInfiniteAndFlagged() {
        Dataset data = TestData.blobs(new int[] {20, 20, 20}, 2, 3, 3);
        EpsilonResult r = EpsilonRepresentativeness.compute(data, data.subset(data.indicesOfClass(1)));
        assertThat(r.epsilon()).isInfinite();
        assertThat(r.perClass()[1]).isZero();
        assertThat(r.perClass()[0]).isInfinite();
        assertThat(r.missingClasses()).containsExactly(0, 2);
    }

    @Test
    void emptyClassOfTheFullDatasetCountsAsZero() {
        Dataset data = TestData.blobs(new int[] {20, 0, 20}, 2, 3, 3);
        EpsilonResult r = EpsilonRepresentativeness.compute(data, data);
        assertThat(r.perClass()).containsExactly(0.0, 0.0, 0.0);
        assertThat(r.hasMissingClasses()).isFalse();
    }

    @Test
    void mismatchedDatasetsAreRefused() {
        Dataset a = TestData.blobs(new int[] {5, 5}, 2, 3, 3);
        Dataset b = TestData.blobs(new int[] {5, 5}, 3, 3, 3);
        Dataset c = TestData.blobs(new int[] {5, 5, 5}, 2, 3, 3);
        assertThatThrownBy(() -> EpsilonRepresentativeness.compute(a, b))
                .hasMessage("the reduced dataset has 3 features, the full one 2");
        assertThatThrownBy(() -> EpsilonRepresentativeness.compute(a, c))
                .hasMessageStartingWith("the reduced dataset's classes [c0, c1, c2] differ");
    }

    @Test
    void largeReductionMatchesBruteForce() {
        Dataset data = TestData.blobs(new int[] {2000, 1500}, 5, 2, 8);
        Dataset reduced = new SrsReducer(SrsParams.defaults()).reduce(data, 0.05, 3, TestData.METER).data();
        for (Norm norm : Norm.values()) {
            assertThat(EpsilonRepresentativeness.compute(data, reduced, norm).epsilon())
                    .isEqualTo(bruteForce(data, reduced, norm));
        }
    }

    @Test
    void matchesBruteForceOnRandomData() {
        Random cases = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            matchesBruteForce(1 + cases.nextInt(80), 1 + cases.nextInt(5), 1 + cases.nextInt(60), cases.nextLong());
        }
    }

    private static void matchesBruteForce(int n, int dims, int keep, long seed) {
        Random rng = new Random(seed);
        double[][] rows = new double[n][dims];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < dims; j++) {
                rows[i][j] = rng.nextInt(3) == 0 ? rng.nextInt(3) : rng.nextGaussian();
            }
            labels[i] = rng.nextInt(2);
        }
        Dataset data = TestData.of(rows, labels, 2);
        int[] picks = rng.ints(Math.min(keep, n), 0, n).toArray();
        Dataset reduced = data.subset(picks);
        for (Norm norm : Norm.values()) {
            EpsilonResult r = EpsilonRepresentativeness.compute(data, reduced, norm);
            assertThat(r.epsilon()).isEqualTo(bruteForce(data, reduced, norm));
        }
    }

    private static double bruteForce(Dataset full, Dataset reduced, Norm norm) {
        double eps = 0;
        for (int i = 0; i < full.rows(); i++) {
            double nearest = Double.POSITIVE_INFINITY;
            for (int k = 0; k < reduced.rows(); k++) {
                if (reduced.labels()[k] != full.labels()[i]) {
                    continue;
                }
                double acc = 0;
                for (int j = 0; j < full.cols(); j++) {
                    double t = (double) full.get(i, j) - reduced.get(k, j);
                    acc = norm == Norm.L2 ? acc + t * t : Math.max(acc, Math.abs(t));
                }
                nearest = Math.min(nearest, acc);
            }
            eps = Math.max(eps, nearest);
        }
        return norm.fromRaw(eps);
    }
}
