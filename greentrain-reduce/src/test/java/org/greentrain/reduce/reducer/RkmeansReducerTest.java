package org.greentrain.reduce.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.IntStream;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.Reduction;
import org.greentrain.reduce.TestData;
import org.junit.jupiter.api.Test;

class RkmeansReducerTest {

    @Test
    void eachClusterKeepsItsShareOfTruncPTimesN() {
        // three well separated blobs: k-means finds them, each keeps floor(trunc(0.3*300)/3) = 30 rows
        Dataset data = TestData.blobs(new int[] {100, 100, 100}, 2, 50, 1);
        Reduction r = new RkmeansReducer(RkmeansParams.defaults()).reduce(data, 0.3, 0, TestData.METER);
        assertThat(r.size()).isEqualTo(90);
        assertThat(r.data().classCounts()).containsExactly(30, 30, 30);
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void smallClustersMakeTheTotalFallShortWithANote() {
        Dataset data = TestData.blobs(new int[] {190, 10}, 2, 50, 1);
        Reduction r = new RkmeansReducer(RkmeansParams.defaults()).reduce(data, 0.5, 0, TestData.METER);
        assertThat(r.size()).isEqualTo(60); // 50 from the big cluster, all 10 of the small one
        assertThat(r.notes()).singleElement().asString().startsWith("rkmeans: kept 60 rows, fewer than trunc(0.5 x 200)"
                + " = 100");
        assertThat(IntStream.of(r.sourceRows()).distinct().count()).isEqualTo(60);
    }

    @Test
    void keptRowsAreTheNearestToTheirCentroid() {
        Dataset data = TestData.blobs(new int[] {300}, 2, 1, 4);
        Reduction r = new RkmeansReducer(RkmeansParams.fromMap(Map.of("clusters", "1"))).reduce(data, 0.1, 0,
                TestData.METER);
        double[] mean = new double[2];
        for (int i = 0; i < 300; i++) {
            mean[0] += data.get(i, 0) / 300.0;
            mean[1] += data.get(i, 1) / 300.0;
        }
        double farthestKept = 0;
        for (int row : r.sourceRows()) {
            farthestKept = Math.max(farthestKept, Math.hypot(data.get(row, 0) - mean[0], data.get(row, 1) - mean[1]));
        }
        int closer = 0;
        for (int i = 0; i < 300; i++) {
            if (Math.hypot(data.get(i, 0) - mean[0], data.get(i, 1) - mean[1]) <= farthestKept + 1e-9) {
                closer++;
            }
        }
        assertThat(closer).isEqualTo(30);
    }

    @Test
    void refusesMoreClustersThanRows() {
        Dataset data = TestData.blobs(new int[] {3}, 2, 1, 4);
        assertThatThrownBy(() -> new RkmeansReducer(RkmeansParams.fromMap(Map.of("clusters", "5")))
                .reduce(data, 0.5, 0, TestData.METER)).hasMessage("rkmeans: 5 clusters for 3 rows; use at most 3");
    }
}
