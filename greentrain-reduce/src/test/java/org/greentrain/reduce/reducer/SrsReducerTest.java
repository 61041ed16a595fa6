package org.greentrain.reduce.reducer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.Reduction;
import org.greentrain.reduce.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SrsReducerTest {

    private final SrsReducer srs = new SrsReducer(SrsParams.defaults());

    @ParameterizedTest(name = "p={0} of {1} rows keeps {2}")
    @CsvSource({"0.07, 100, 8", "0.7, 90, 63", "0.1, 10961, 1097", "0.5, 5, 3", "1.0, 37, 37"})
    void keepsCeilOfPTimesN(double p, int n, int expected) {
        int[] sizes = {n / 3, n / 3, n - 2 * (n / 3)};
        Dataset data = TestData.blobs(sizes, 2, 5, 1);
        Reduction r = srs.reduce(data, p, 0, TestData.METER);
        assertThat(r.size()).isEqualTo(expected);
        assertThat(IntStream.of(r.sourceRows()).distinct().count()).isEqualTo(expected);
    }

    @Test
    void classCountsAreProportionalWithinOneRow() {
        int[] sizes = {500, 300, 150, 49, 1};
        Dataset data = TestData.blobs(sizes, 3, 5, 2);
        for (double p : new double[] {0.05, 0.1, 0.33, 0.5, 0.77}) {
            Reduction r = srs.reduce(data, p, 4, TestData.METER);
            int[] counts = r.data().classCounts();
            double drawn = r.size();
            for (int c = 0; c < sizes.length; c++) {
                assertThat(Math.abs(counts[c] - sizes[c] * drawn / data.rows())).isLessThan(1.0);
            }
        }
    }

    @Test
    void sameSeedSameSelectionOtherSeedOtherSelection() {
        Dataset data = TestData.blobs(new int[] {200, 100}, 2, 5, 3);
        int[] a = srs.reduce(data, 0.2, 11, TestData.METER).sourceRows();
        int[] b = srs.reduce(data, 0.2, 11, TestData.METER).sourceRows();
        int[] c = srs.reduce(data, 0.2, 12, TestData.METER).sourceRows();
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void keepFractionOneKeepsEveryRow() {
        Dataset data = TestData.blobs(new int[] {20, 7}, 2, 5, 3);
        int[] rows = srs.reduce(data, 1.0, 0, TestData.METER).sourceRows();
        Arrays.sort(rows);
        assertThat(rows).isEqualTo(IntStream.range(0, 27).toArray());
    }

    @Test
    void tinyClassWithoutAllocationIsNoted() {
        Dataset data = TestData.blobs(new int[] {100, 1}, 2, 5, 3);
        Reduction r = srs.reduce(data, 0.1, 0, TestData.METER);
        assertThat(r.size()).isEqualTo(11);
        assertThat(r.data().classCounts()).containsExactly(11, 0);
        assertThat(r.notes()).singleElement().asString().contains("class 'c1' (1 row) got no rows");
    }

    @Test
    void approximateModeBreaksRemainderTiesAtRandomButKeepsTotals() {
        int[] counts = {10, 10, 10};
        int[] seen = new int[3];
        for (int seed = 0; seed < 60; seed++) {
            int[] a = StratifiedSplit.approximateMode(counts, 2, new SplittableRandom(seed));
            assertThat(IntStream.of(a).sum()).isEqualTo(2);
            for (int c = 0; c < 3; c++) {
                assertThat(a[c]).isBetween(0, 1);
                seen[c] += a[c];
            }
        }
        assertThat(IntStream.of(seen).allMatch(s -> s > 0)).isTrue();
    }

    @Test
    void drawCountsNeverExceedClassSizes() {
        int[] counts = {3, 0, 1, 7};
        for (int draws = 0; draws <= 11; draws++) {
            int[] d = StratifiedSplit.drawCounts(counts, draws, new SplittableRandom(draws));
            assertThat(IntStream.of(d).sum()).isEqualTo(draws);
            for (int c = 0; c < counts.length; c++) {
                assertThat(d[c]).isBetween(0, counts[c]);
            }
        }
    }
}
