package org.greentrain.reduce.reducer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.Reduction;
import org.greentrain.reduce.TestData;
import org.greentrain.reduce.WorkProgress;
import org.junit.jupiter.api.Test;

class PrdReducerTest {

    @Test
    void keepsTruncPerClassInAscendingRowOrder() {
        Dataset data = TestData.blobs(new int[] {90, 30, 4}, 3, 4, 1);
        Reduction r = new PrdReducer(PrdParams.defaults(), WorkProgress.NONE).reduce(data, 0.7, 0, TestData.METER);
        assertThat(r.data().classCounts()).containsExactly(62, 21, 2);
        assertThat(r.sourceRows()).isSorted();
        assertThat(IntStream.of(r.sourceRows()).distinct().count()).isEqualTo(85);
    }

    @Test
    void linearKernelDegeneracyIsReported() {
        Dataset data = TestData.blobs(new int[] {100}, 2, 4, 1);
        Reduction r = new PrdReducer(PrdParams.defaults(), WorkProgress.NONE).reduce(data, 0.3, 0, TestData.METER);
        assertThat(r.notes()).singleElement().asString()
                .contains("every gradient was 0 within tolerance (the linear kernel's Gram matrix has rank <= 2)");
    }

    /** Every pick is reported once, the degenerate tail (rank 2: after about 2 picks) in one report. */
    @Test
    void reportsEveryPrototypePicked() {
        Dataset data = TestData.blobs(new int[] {100, 50}, 2, 4, 1);
        List<long[]> reports = Collections.synchronizedList(new ArrayList<>());
        new PrdReducer(PrdParams.defaults(), (done, total) -> reports.add(new long[] {done, total}))
                .reduce(data, 0.3, 0, TestData.METER);
        assertThat(reports).allSatisfy(r -> assertThat(r[1]).isEqualTo(30 + 15));
        assertThat(reports.stream().mapToLong(r -> r[0]).max().orElseThrow()).isEqualTo(45);
        assertThat(reports.size()).isLessThan(45);
    }

    @Test
    void gaussianKernelRunsWithoutDegeneracyNote() {
        Dataset data = TestData.blobs(new int[] {60, 40}, 2, 4, 1);
        Reduction r = new PrdReducer(PrdParams.fromMap(Map.of("kernel", "gaussian", "sigma", "0.5")), WorkProgress.NONE)
                .reduce(data, 0.2, 0, TestData.METER);
        assertThat(r.data().classCounts()).containsExactly(12, 8);
        assertThat(r.notes()).isEmpty();
    }
}
