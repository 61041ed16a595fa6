package org.greentrain.reduce.reducer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.IntStream;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.Reduction;
import org.greentrain.reduce.TestData;
import org.greentrain.reduce.metric.EpsilonRepresentativeness;
import org.junit.jupiter.api.Test;

class ClcReducerTest {

    private static ClcReducer clc(Map<String, String> params) {
        return new ClcReducer(ClcParams.fromMap(params));
    }

    @Test
    void returnsTruncPerClassSyntheticCentroids() {
        Dataset data = TestData.blobs(new int[] {90, 40, 12}, 3, 4, 1);
        Reduction r = clc(Map.of()).reduce(data, 0.7, 2, TestData.METER);
        assertThat(r.data().classCounts()).containsExactly(62, 28, 8);
        assertThat(r.syntheticCount()).isEqualTo(r.size());
        assertThat(IntStream.range(0, r.size()).allMatch(r::isSynthetic)).isTrue();
        assertThat(r.data().rowIds()).containsOnly(-1L);
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void classWithZeroClustersContributesNothingAndIsNoted() {
        Dataset data = TestData.blobs(new int[] {50, 4}, 2, 4, 1);
        Reduction r = clc(Map.of()).reduce(data, 0.2, 2, TestData.METER);
        assertThat(r.data().classCounts()).containsExactly(10, 0);
        assertThat(r.notes()).containsExactly(
                "clc: class 'c1' has 4 rows; trunc(0.2 x 4) = 0, so it contributes no rows");
    }

    @Test
    void fewerDistinctPointsThanClustersIsNoted() {
        float[] f = new float[20];
        for (int i = 0; i < 20; i++) {
            f[i] = i % 2;
        }
        Dataset data = TestData.of(f, 20, 1, new int[20], 1);
        Reduction r = clc(Map.of()).reduce(data, 0.5, 0, TestData.METER);
        assertThat(r.size()).isEqualTo(2);
        assertThat(r.notes()).containsExactly(
                "clc: class 'c0' produced 2 centroids instead of 10 because the class has only 2 distinct points");
    }

    @Test
    void nearestOutputGivesDistinctRealRows() {
        Dataset data = TestData.blobs(new int[] {80, 60}, 3, 4, 1);
        Reduction r = clc(Map.of("output", "nearest")).reduce(data, 0.3, 2, TestData.METER);
        assertThat(r.data().classCounts()).containsExactly(24, 18);
        assertThat(r.syntheticCount()).isZero();
        assertThat(IntStream.of(r.sourceRows()).distinct().count()).isEqualTo(42);
    }

    @Test
    void moreRestartsNeverGiveAWorseFit() {
        Dataset data = TestData.blobs(new int[] {400}, 4, 4, 3);
        Reduction one = clc(Map.of("restarts", "1")).reduce(data, 0.05, 5, TestData.METER);
        Reduction three = clc(Map.of("restarts", "3")).reduce(data, 0.05, 5, TestData.METER);
        assertThat(sse(data, three.data())).isLessThanOrEqualTo(sse(data, one.data()));
        assertThat(EpsilonRepresentativeness.of(three, data).epsilon()).isFinite();
    }

    @Test
    void scipyModeIsSeededAndNeverReturnsMoreThanK() {
        Dataset data = TestData.blobs(new int[] {200, 100}, 2, 4, 3);
        ClcReducer scipy = clc(Map.of("mode", "scipy"));
        Reduction a = scipy.reduce(data, 0.1, 4, TestData.METER);
        Reduction b = scipy.reduce(data, 0.1, 4, TestData.METER);
        assertThat(a.data().features()).isEqualTo(b.data().features());
        assertThat(a.data().classCounts()[0]).isLessThanOrEqualTo(20);
        assertThat(a.data().classCounts()[1]).isLessThanOrEqualTo(10);
    }

    private static double sse(Dataset data, Dataset centroids) {
        double total = 0;
        for (int i = 0; i < data.rows(); i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int c = 0; c < centroids.rows(); c++) {
                double s = 0;
                for (int j = 0; j < data.cols(); j++) {
                    double t = data.get(i, j) - centroids.get(c, j);
                    s += t * t;
                }
                best = Math.min(best, s);
            }
            total += best;
        }
        return total;
    }
}
