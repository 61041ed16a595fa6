package org.greentrain.data.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.greentrain.data.DataInputException;
import org.greentrain.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SplitsTest {

    /** {@code rows} one-feature rows whose feature equals the row index, labelled by {@code classOf}. */
    private static Dataset dataset(int[] classOf, int classes) {
        int rows = classOf.length;
        float[] features = new float[rows];
        for (int r = 0; r < rows; r++) {
            features[r] = r;
        }
        List<String> names = LongStream.range(0, classes).mapToObj(c -> "c" + c).toList();
        return Dataset.of("d", features, rows, 1, classOf, names, List.of("f"));
    }

    private static Dataset withClassSizes(int... sizes) {
        int[] labels = new int[Arrays.stream(sizes).sum()];
        int r = 0;
        for (int c = 0; c < sizes.length; c++) {
            for (int i = 0; i < sizes[c]; i++) {
                labels[r++] = c;
            }
        }
        return dataset(labels, sizes.length);
    }

    private static long[] sortedIds(Dataset part) {
        long[] ids = new long[part.rows()];
        for (int r = 0; r < ids.length; r++) {
            ids[r] = part.rowId(r);
            assertThat(part.get(r, 0)).isEqualTo((float) ids[r]);
        }
        Arrays.sort(ids);
        return ids;
    }

    private static void assertPartition(Dataset all, Split split) {
        long[] ids = LongStream.concat(Arrays.stream(sortedIds(split.train())), Arrays.stream(sortedIds(split.test())))
                .sorted().toArray();
        assertThat(ids).containsExactly(LongStream.range(0, all.rows()).toArray());
    }

    @Test
    void randomSplitHasCeilTestRowsAndPartitionsTheRows() {
        Dataset all = withClassSizes(60, 40);

        Split split = Splits.random(all, 0.25, 42);

        assertThat(split.test().rows()).isEqualTo(25);
        assertThat(split.train().rows()).isEqualTo(75);
        assertPartition(all, split);
        assertThat(Splits.random(withClassSizes(10), 0.7, 1).test().rows()).isEqualTo(7);
        assertThat(Splits.random(withClassSizes(10), 0.01, 1).test().rows()).isEqualTo(1);
    }

    @Test
    void sameSeedSameSplitAndOtherSeedOtherSplit() {
        Dataset all = withClassSizes(30, 30, 40);

        for (int trial = 0; trial < 2; trial++) {
            Split a = trial == 0 ? Splits.random(all, 0.3, 5) : Splits.stratified(all, 0.3, 5);
            Split b = trial == 0 ? Splits.random(all, 0.3, 5) : Splits.stratified(all, 0.3, 5);
            Split c = trial == 0 ? Splits.random(all, 0.3, 6) : Splits.stratified(all, 0.3, 6);

            assertThat(a).isEqualTo(b);
            assertThat(a.test().rowIds()).isNotEqualTo(c.test().rowIds());
        }
    }

    @Test
    void stratifiedSplitKeepsClassProportionsByLargestRemainder() {
        Dataset all = withClassSizes(50, 30, 20);

        Split split = Splits.stratified(all, 0.25, 3);

        assertThat(split.test().classCounts()).containsExactly(13, 7, 5);
        assertThat(split.train().classCounts()).containsExactly(37, 23, 15);
        assertPartition(all, split);
    }

    @Test
    void stratifiedSplitGivesEveryClassOfTwoOrMoreRowsARowInEachPart() {
        Dataset all = withClassSizes(96, 2, 2);

        Split split = Splits.stratified(all, 0.05, 9);

        assertThat(split.test().classCounts()).containsExactly(3, 1, 1);
        assertThat(Splits.stratified(withClassSizes(3, 2, 95), 0.97, 9).train().classCounts())
                .containsExactly(1, 1, 1);
    }

    @Test
    void stratifiedQuotasHoldTheirPromisesOnManyRandomShapes() {
        SplittableRandom random = new SplittableRandom(2024);
        for (int trial = 0; trial < 2000; trial++) {
            int[] counts = new int[1 + random.nextInt(8)];
            long total = 0;
            for (int c = 0; c < counts.length; c++) {
                counts[c] = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(200);
                total += counts[c];
            }
            if (total < 2) {
                continue;
            }
            int testRows = 1 + random.nextInt((int) total - 1);

            int[] quota = StratifiedQuota.of(counts, testRows);

            assertThat(Arrays.stream(quota).sum()).isEqualTo(testRows);
            long classesNeedingBoth = Arrays.stream(counts).filter(n -> n >= 2).count();
            boolean roomForAll = testRows >= classesNeedingBoth && total - testRows >= classesNeedingBoth;
            long adjustable = 0;
            for (int count : counts) {
                double share = (double) count * testRows / total;
                adjustable += count >= 2 && (share < 1 || share > count - 1) ? 1 : 0;
            }
            for (int c = 0; c < counts.length; c++) {
                assertThat(quota[c]).isBetween(0, counts[c]);
                assertThat(Math.abs(quota[c] - (double) counts[c] * testRows / total)).isLessThan(1.0 + adjustable);
                if (roomForAll && counts[c] >= 2) {
                    assertThat(quota[c]).as("test rows of class %d in %s", c, Arrays.toString(counts)).isPositive();
                    assertThat(counts[c] - quota[c]).as("train rows of class %d", c).isPositive();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, -0.1, 1.5, Double.NaN, Double.POSITIVE_INFINITY})
    void fractionsOutsideTheOpenUnitIntervalAreRefused(double fraction) {
        assertThatThrownBy(() -> Splits.random(withClassSizes(10), fraction, 1)).isInstanceOf(DataInputException.class)
                .hasMessage("test fraction must be strictly between 0 and 1, got " + fraction
                        + "; for example 0.25 holds out a quarter of the rows");
        assertThatThrownBy(() -> Splits.stratified(withClassSizes(10), fraction, 1))
                .isInstanceOf(DataInputException.class);
    }

    @Test
    void fractionsThatLeaveAPartEmptyAreRefused() {
        assertThatThrownBy(() -> Splits.random(withClassSizes(10), 0.99, 1)).isInstanceOf(DataInputException.class)
                .hasMessage("test fraction 0.99 of the 10 rows of d leaves the training part empty; choose a fraction"
                        + " that gives each part at least one row");
        assertThatThrownBy(() -> Splits.stratified(withClassSizes(1), 0.5, 1)).isInstanceOf(DataInputException.class);
    }
}
