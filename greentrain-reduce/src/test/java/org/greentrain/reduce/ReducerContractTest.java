package org.greentrain.reduce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.greentrain.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every reducer promises, checked for every registered method that runs without a model. */
class ReducerContractTest {

    /** Every method but FES, which needs a model (tested with a scripted hook in FesReducerTest). */
    static List<ReductionMethod> runnable() {
        return Arrays.stream(ReductionMethod.values()).filter(m -> m != ReductionMethod.FES).toList();
    }

    @Test
    void outputIsValidAndDeterministicOnRandomInputs() {
        SplittableRandom cases = new SplittableRandom(2024);
        for (ReductionMethod method : runnable()) {
            for (int trial = 0; trial < 40; trial++) {
                int n = 1 + cases.nextInt(60);
                double p = trial == 0 ? 1.0 : 0.01 + 0.99 * cases.nextDouble();
                checkOutput(method, n, 1 + cases.nextInt(4), 1 + cases.nextInt(4), p, cases.nextLong());
            }
        }
    }

    private static void checkOutput(ReductionMethod method, int n, int dims, int classes, double p, long seed) {
        Dataset data = randomData(n, dims, classes, seed);
        Reducer reducer = method.create();
        Reduction r = reducer.reduce(data, p, seed, TestData.METER);
        Dataset out = r.data();
        for (float v : out.features()) {
            assertThat(Float.isFinite(v)).as("%s produced %s", method, v).isTrue();
        }
        assertThat(out.cols()).isEqualTo(dims);
        int[] src = r.sourceRows();
        int[] real = IntStream.of(src).filter(i -> i != Reduction.SYNTHETIC).toArray();
        assertThat(IntStream.of(real).allMatch(i -> i >= 0 && i < n)).isTrue();
        assertThat(IntStream.of(real).distinct().count()).isEqualTo(real.length);
        for (int i = 0; i < src.length; i++) {
            if (src[i] != Reduction.SYNTHETIC) {
                assertThat(out.labels()[i]).isEqualTo(data.labels()[src[i]]);
                assertThat(out.row(i)).isEqualTo(data.row(src[i]));
                assertThat(out.rowId(i)).isEqualTo(data.rowId(src[i]));
            }
        }
        assertThat(r.size()).isLessThanOrEqualTo(n);
        assertThat(reducer.reduce(data, p, seed, TestData.METER).sourceRows()).isEqualTo(src);
        assertThat(r.measurement().durationSeconds()).isGreaterThanOrEqualTo(0);
    }

    @ParameterizedTest
    @EnumSource(ReductionMethod.class)
    void refusesKeepFractionsOutsideZeroOne(ReductionMethod method) {
        Dataset data = randomData(20, 2, 2, 1);
        Reducer reducer = method.create();
        for (double p : new double[] {0, -0.1, 1.0000001, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> reducer.reduce(data, p, 0, TestData.METER))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("keep fraction must be in (0, 1], got " + p);
        }
    }

    @ParameterizedTest
    @EnumSource(ReductionMethod.class)
    void refusesAnEmptyDataset(ReductionMethod method) {
        Dataset empty = TestData.of(new float[0], 0, 3, new int[0], 2);
        assertThatThrownBy(() -> method.create().reduce(empty, 0.5, 0, TestData.METER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("dataset 'test' has no rows; nothing to reduce");
    }

    @Test
    void withoutAMeterTheMachineDefaultIsUsed() {
        Dataset data = randomData(30, 2, 2, 1);
        Reduction r = ReductionMethod.SRS.create().reduce(data, 0.5, 0);
        assertThat(r.measurement().provenanceSummary()).isNotEmpty();
        assertThat(r.measurement().energyJoules()).isGreaterThanOrEqualTo(0);
        assertThat(r.measurement().label()).isEqualTo("reduce-srs");
    }

    @Test
    void datasetItselfRefusesNonFiniteFeaturesAndBadLabels() {
        assertThatThrownBy(() -> TestData.of(new float[] {1, Float.NaN}, 1, 2, new int[] {0}, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be finite");
        assertThatThrownBy(() -> TestData.of(new float[] {1, 2}, 1, 2, new int[] {3}, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside [0, 2)");
    }

    @ParameterizedTest
    @EnumSource(ReductionMethod.class)
    void duplicatePointsNeverBreakAMethod(ReductionMethod method) {
        if (method == ReductionMethod.FES) {
            return;
        }
        float[] f = new float[40 * 3];
        Arrays.fill(f, 0.25f);
        int[] labels = IntStream.range(0, 40).map(i -> i % 2).toArray();
        Dataset data = TestData.of(f, 40, 3, labels, 2);
        Reduction r = method.create().reduce(data, 0.5, 3, TestData.METER);
        for (float v : r.data().features()) {
            assertThat(v).isEqualTo(0.25f);
        }
    }

    static Dataset randomData(int n, int dims, int classes, long seed) {
        Random rng = new Random(seed);
        float[] f = new float[n * dims];
        for (int i = 0; i < f.length; i++) {
            f[i] = rng.nextInt(4) == 0 ? rng.nextInt(3) : (float) rng.nextGaussian();
        }
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = rng.nextInt(classes);
        }
        return TestData.of(f, n, dims, labels, classes);
    }
}
