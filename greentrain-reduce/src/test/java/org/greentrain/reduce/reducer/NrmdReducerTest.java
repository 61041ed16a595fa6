package org.greentrain.reduce.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.stream.IntStream;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.Reduction;
import org.greentrain.reduce.TestData;
import org.junit.jupiter.api.Test;

class NrmdReducerTest {

    private static SrMdScore.Rows rows(double[] values, int m) {
        return (i, into) -> System.arraycopy(values, i * m, into, 0, m);
    }

    /** Rows are scored in chunks of 256 across threads: reversing the rows reverses the scores (up to rounding). */
    @Test
    void aRowsScoreDoesNotDependOnWhereItIs() {
        int n = 600;
        int m = 5;
        java.util.Random rng = new java.util.Random(4);
        double[] values = new double[n * m];
        double[] reversed = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                values[i * m + j] = rng.nextGaussian();
                reversed[(n - 1 - i) * m + j] = values[i * m + j];
            }
        }
        double[] forward = SrMdScore.compute(rows(values, m), n, m).score();
        double[] backward = SrMdScore.compute(rows(reversed, m), n, m).score();
        for (int i = 0; i < n; i++) {
            assertThat(backward[n - 1 - i]).isCloseTo(forward[i], within(1e-9));
        }
    }

    @Test
    void scoreOfADiagonalMatrixMatchesTheHandComputation() {
        // sigma = (2, 1), directions e1, e2, weights (1/2, 1) / 1.5 = (1/3, 2/3); -ln(0.001) = 6.9078
        SrMdScore.Scores s = SrMdScore.compute(rows(new double[] {2, 0, 0, 1}, 2), 2, 2);
        double floor = -Math.log(0.001);
        assertThat(s.score()[0]).isCloseTo(2.0 / 3 * floor, within(1e-12));
        assertThat(s.score()[1]).isCloseTo(1.0 / 3 * floor, within(1e-12));
        assertThat(s.droppedComponents()).isZero();
    }

    @Test
    void zeroRowsAndRankDeficiencyGiveNoNaN() {
        // feature 1 is constant zero (sigma = 0) and row 2 is all zero
        SrMdScore.Scores s = SrMdScore.compute(rows(new double[] {1, 0, 2, 0, 0, 0, 3, 0}, 2), 4, 2);
        assertThat(s.droppedComponents()).isEqualTo(1);
        assertThat(s.zeroRow()).containsExactly(false, false, true, false);
        assertThat(java.util.stream.DoubleStream.of(s.score()).allMatch(Double::isFinite)).isTrue();
    }

    @Test
    void globalScopeKeepsTruncOfPTimesN() {
        Dataset data = TestData.blobs(new int[] {70, 20}, 4, 3, 2);
        Reduction r = new NrmdReducer(NrmdParams.defaults()).reduce(data, 0.7, 0, TestData.METER);
        assertThat(r.size()).isEqualTo(62);
        assertThat(IntStream.of(r.sourceRows()).distinct().count()).isEqualTo(62);
    }

    @Test
    void perClassScopeKeepsTruncPerClass() {
        Dataset data = TestData.blobs(new int[] {70, 20, 9}, 4, 3, 2);
        Reduction r = new NrmdReducer(NrmdParams.fromMap(Map.of("scope", "per-class"))).reduce(data, 0.7, 0,
                TestData.METER);
        assertThat(r.data().classCounts()).containsExactly(49, 14, 6);
    }

    @Test
    void allZeroRowsRankLastWithANote() {
        double[][] rows = new double[12][];
        int[] labels = new int[12];
        for (int i = 0; i < 12; i++) {
            rows[i] = i < 3 ? new double[] {0, 0, 0} : new double[] {i, 12 - i, i % 3};
            labels[i] = i % 2;
        }
        Dataset data = TestData.of(rows, labels, 2);
        Reduction r = new NrmdReducer(NrmdParams.defaults()).reduce(data, 1.0, 0, TestData.METER);
        assertThat(r.sourceRows()).endsWith(0, 1, 2);
        assertThat(r.notes()).anyMatch(n -> n.contains("3 all-zero rows"));
        for (float v : r.data().features()) {
            assertThat(Float.isFinite(v)).isTrue();
        }
    }

    @Test
    void rankingIsDeterministicAndDescending() {
        Dataset data = TestData.blobs(new int[] {50, 50}, 3, 3, 4);
        NrmdReducer reducer = new NrmdReducer(NrmdParams.defaults());
        assertThat(reducer.reduce(data, 0.3, 1, TestData.METER).sourceRows())
                .isEqualTo(reducer.reduce(data, 0.3, 2, TestData.METER).sourceRows());
    }
}
