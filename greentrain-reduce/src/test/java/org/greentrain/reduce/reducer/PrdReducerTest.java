package org.greentrain.reduce.reducer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.IntStream;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.Reduction;
import org.greentrain.reduce.TestData;
import org.junit.jupiter.api.Test;

class PrdReducerTest {

    @Test
    void keepsTruncPerClassInAscendingRowOrder() {
        Dataset data = TestData.blobs(new int[] {90, 30, 4}, 3, 4, 1);
        Reduction r = new PrdReducer(PrdParams.defaults()).reduce(data, 0.7, 0, TestData.METER);
        assertThat(r.data().classCounts()).containsExactly(62, 21, 2);
        assertThat(r.sourceRows()).isSorted();
        assertThat(IntStream.of(r.sourceRows()).distinct().count()).isEqualTo(85);
    }

    @Test
    void linearKernelDegeneracyIsReported() {
        Dataset data = TestData.blobs(new int[] {100}, 2, 4, 1);
        Reduction r = new PrdReducer(PrdParams.defaults()).reduce(data, 0.3, 0, TestData.METER);
        assertThat(r.notes()).singleElement().asString()
                .contains("every gradient was 0 within tolerance (the linear kernel's Gram matrix has rank <= 2)");
    }

    @Test
    void gaussianKernelRunsWithoutDegeneracyNote() {
        Dataset data = TestData.blobs(new int[] {60, 40}, 2, 4, 1);
        Reduction r = new PrdReducer(PrdParams.fromMap(Map.of("kernel", "gaussian", "sigma", "0.5")))
                .reduce(data, 0.2, 0, TestData.METER);
        assertThat(r.data().classCounts()).containsExactly(12, 8);
        assertThat(r.notes()).isEmpty();
    }
}
