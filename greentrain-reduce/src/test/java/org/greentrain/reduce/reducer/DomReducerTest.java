package org.greentrain.reduce.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Random;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.Reduction;
import org.greentrain.reduce.TestData;
import org.greentrain.reduce.geometry.EpsilonNet;
import org.greentrain.reduce.geometry.Norm;
import org.greentrain.reduce.geometry.PointColumns;
import org.greentrain.reduce.metric.EpsilonRepresentativeness;
import org.junit.jupiter.api.Test;

class DomReducerTest {

    @Test
    void epsilonNetCoversEveryPointAndCentresAreFartherThanEpsilonApart() {
        Random rng = new Random(1);
        for (Norm norm : Norm.values()) {
            int n = 400;
            double[] values = new double[n * 3];
            for (int i = 0; i < values.length; i++) {
                values[i] = rng.nextGaussian();
            }
            PointColumns points = PointColumns.ofRowMajor(values, n, 3);
            double eps = 0.8;
            int[] centres = EpsilonNet.centres(points, eps, norm);
            assertThat(centres[0]).isZero();
            assertThat(centres).isSorted();
            double[] q = new double[3];
            for (int i = 0; i < n; i++) {
                points.point(i, q);
                double nearest = Double.POSITIVE_INFINITY;
                for (int c : centres) {
                    nearest = Math.min(nearest, norm.fromRaw(points.rawDistance(q, norm, c)));
                }
                assertThat(nearest).isLessThanOrEqualTo(eps);
            }
            for (int a = 0; a < centres.length; a++) {
                points.point(centres[a], q);
                for (int b = 0; b < a; b++) {
                    assertThat(norm.fromRaw(points.rawDistance(q, norm, centres[b]))).isGreaterThan(eps);
                }
            }
        }
    }

    @Test
    void bisectionReachesTheKeepFractionWithinTolerance() {
        Dataset data = TestData.blobs(new int[] {600, 300, 100}, 3, 3, 2);
        Reduction r = new DomReducer(DomParams.defaults()).reduce(data, 0.2, 0, TestData.METER);
        assertThat(Math.abs(r.achievedFraction() - 0.2)).isLessThanOrEqualTo(0.01);
        assertThat(r.notes()).singleElement().asString().startsWith("dom: epsilon = ");
        double eps = Double.parseDouble(r.notes().get(0).split(" ")[3]);
        assertThat(EpsilonRepresentativeness.compute(data, r.data(), Norm.L2).epsilon()).isLessThanOrEqualTo(eps);
    }

    @Test
    void fixedEpsilonIgnoresTheKeepFraction() {
        Dataset data = TestData.blobs(new int[] {100, 100}, 2, 3, 2);
        Reduction a = new DomReducer(DomParams.fromMap(Map.of("epsilon", "0.5", "norm", "linf")))
                .reduce(data, 0.1, 0, TestData.METER);
        Reduction b = new DomReducer(DomParams.fromMap(Map.of("epsilon", "0.5", "norm", "linf")))
                .reduce(data, 0.9, 0, TestData.METER);
        assertThat(a.sourceRows()).isEqualTo(b.sourceRows());
        assertThat(EpsilonRepresentativeness.compute(data, a.data(), Norm.LINF).epsilon()).isLessThanOrEqualTo(0.5);
        assertThat(a.notes()).singleElement().asString().contains("the keep fraction is not used");
    }

    @Test
    void tooSmallEpsilonMaxIsRefused() {
        Dataset data = TestData.blobs(new int[] {100, 100}, 2, 3, 2);
        assertThatThrownBy(() -> new DomReducer(DomParams.fromMap(Map.of("epsilonMax", "0.01")))
                .reduce(data, 0.1, 0, TestData.METER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("dom: epsilonMax=0.01 already keeps 100.00% of rows");
    }

    @Test
    void keepFractionBelowOneRowPerClassKeepsOneRowPerClass() {
        Dataset data = TestData.blobs(new int[] {100, 100, 100}, 2, 3, 2);
        Reduction r = new DomReducer(DomParams.fromMap(Map.of("tolerance", "0"))).reduce(data, 0.001, 0,
                TestData.METER);
        assertThat(r.data().classCounts()).containsExactly(1, 1, 1);
        assertThat(r.notes().get(0)).contains("was not met");
    }
}
