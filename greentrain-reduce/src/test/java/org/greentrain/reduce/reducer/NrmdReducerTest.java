package org.greentrain.reduce.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
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
    void keepsTheTopRowsOfTheProductOfTheWithinClassAndTheGlobalScore() {
        Dataset data = TestData.blobs(new int[] {25, 15, 10}, 3, 3, 4);
        int keep = 15; // trunc(0.3 * 50)
        NrmdReducer reducer = new NrmdReducer(NrmdParams.defaults());
        int[] kept = reducer.reduce(data, 0.3, 1, TestData.METER).sourceRows();

        double[] inClass = new double[data.rows()];
        for (int c = 0; c < data.numClasses(); c++) {
            int[] members = data.indicesOfClass(c);
            double[] score = srMd(data, members, false);
            for (int i = 0; i < members.length; i++) {
                inClass[members[i]] = score[i];
            }
        }
        double[] global = srMd(data, IntStream.range(0, data.rows()).toArray(), true);
        double[] fused = IntStream.range(0, data.rows()).mapToDouble(i -> inClass[i] * global[i]).toArray();

        assertThat(kept).containsExactly(top(fused, keep));
        assertThat(kept).as("the within-class score alone ranks otherwise").isNotEqualTo(top(inClass, keep));
        assertThat(reducer.reduce(data, 0.3, 2, TestData.METER).sourceRows()).as("the seed plays no part")
                .isEqualTo(kept);
    }

    /** Spec §3.7 written plainly: SR_MD scores of {@code rows}, optionally with the one-hot labels appended. */
    private static double[] srMd(Dataset data, int[] rows, boolean withLabels) {
        int m = data.cols() + (withLabels ? data.numClasses() : 0);
        DMatrixRMaj x = new DMatrixRMaj(rows.length, m);
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < data.cols(); j++) {
                x.set(i, j, data.get(rows[i], j));
            }
            if (withLabels) {
                x.set(i, data.cols() + data.labels()[rows[i]], 1);
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(rows.length, m, false, true,
                true);
        assertThat(svd.decompose(x.copy())).isTrue();
        DMatrixRMaj v = svd.getV(null, false);
        double[] sigma = svd.getSingularValues();
        int k = svd.numberOfSingularValues();
        double inverseSum = 0;
        for (int j = 0; j < k; j++) {
            inverseSum += 1 / sigma[j];
        }
        double[] score = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            double norm = 0;
            for (int f = 0; f < m; f++) {
                norm += x.get(i, f) * x.get(i, f);
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j < k; j++) {
                double dot = 0;
                for (int f = 0; f < m; f++) {
                    dot += x.get(i, f) / norm * v.get(f, j);
                }
                score[i] += (1 / sigma[j]) / inverseSum * -Math.log(Math.max(Math.abs(dot), 0.001));
            }
        }
        return score;
    }

    /** The {@code count} rows of highest score, ties by row. */
    private static int[] top(double[] score, int count) {
        return IntStream.range(0, score.length).boxed()
                .sorted((a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : a - b)
                .limit(count).mapToInt(Integer::intValue).toArray();
    }
}
