package org.greentrain.reduce.reducer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.Reduction;
import org.greentrain.reduce.TestData;
import org.junit.jupiter.api.Test;

class DesReducerTest {

    @Test
    void baseIsCeilOfPBaseAndTotalIsTruncOfP() {
        Dataset data = TestData.blobs(new int[] {600, 300, 99}, 3, 2, 1);
        Reduction r = new DesReducer(DesParams.defaults()).reduce(data, 0.3, 5, TestData.METER);
        assertThat(r.size()).isEqualTo(299); // trunc(0.3 * 999) = 299
        int[] base = Arrays.copyOf(r.sourceRows(), 150); // ceil(0.15 * 999) = 150
        int[] baseCounts = new int[3];
        for (int row : base) {
            baseCounts[data.labels()[row]]++;
        }
        assertThat(baseCounts).containsExactly(90, 45, 15);
        assertThat(IntStream.of(r.sourceRows()).distinct().count()).isEqualTo(299);
    }

    @Test
    void refusesABaseLargerThanTheKeepFraction() {
        Dataset data = TestData.blobs(new int[] {50, 50}, 2, 2, 1);
        assertThatThrownBy(() -> new DesReducer(new DesParams(0.4)).reduce(data, 0.3, 0, TestData.METER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("des: pBase 0.4 exceeds the keep fraction 0.3; pBase must be at most the keep fraction");
    }

    @Test
    void baseEqualToKeepFractionAddsNothing() {
        Dataset data = TestData.blobs(new int[] {50, 50}, 2, 2, 1);
        Reduction r = new DesReducer(new DesParams(0.3)).reduce(data, 0.3, 0, TestData.METER);
        assertThat(r.size()).isEqualTo(30);
        assertThat(r.notes()).isEmpty();
        Dataset ten = TestData.blobs(new int[] {5, 5}, 2, 2, 1);
        Reduction odd = new DesReducer(new DesParams(0.15)).reduce(ten, 0.15, 0, TestData.METER);
        assertThat(odd.size()).isEqualTo(2); // ceil(1.5) base rows, trunc(1.5) = 1 asked
        assertThat(odd.notes()).singleElement().asString().contains("no pool rows added");
    }

    @Test
    void twoClassEntropyIsTheSameUnderSoftmaxOfPlusAndMinusDistances() {
        Random rng = new Random(3);
        for (int i = 0; i < 1000; i++) {
            double a = rng.nextDouble() * 50;
            double b = rng.nextDouble() * 50;
            assertThat(DesReducer.softmaxEntropy(new double[] {a, b}))
                    .isCloseTo(DesReducer.softmaxEntropy(new double[] {-a, -b}), within(1e-12));
        }
        assertThat(DesReducer.softmaxEntropy(new double[] {1, 1})).isCloseTo(1.0, within(1e-15));
        assertThat(DesReducer.softmaxEntropy(new double[] {2, 2, 2, 2})).isCloseTo(2.0, within(1e-15));
    }

    @Test
    void hugeDistancesNeitherOverflowNorGiveNaN() {
        double h = DesReducer.softmaxEntropy(new double[] {1e6, 1e6 + 0.5, 3e300});
        assertThat(h).isFinite().isGreaterThanOrEqualTo(0);
        double[][] rows = new double[40][];
        int[] labels = new int[40];
        for (int i = 0; i < 40; i++) {
            rows[i] = new double[] {(i % 2 == 0 ? 1 : -1) * 1e30 + i * 1e27, i * 1e28};
            labels[i] = i % 2;
        }
        Reduction r = new DesReducer(DesParams.defaults()).reduce(TestData.of(rows, labels, 2), 0.5, 0,
                TestData.METER);
        assertThat(r.size()).isEqualTo(20);
    }

    @Test
    void addsThePoolRowsOfHighestEntropyOfTheSoftmaxOfPlusDistances() {
        Dataset data = TestData.blobs(new int[] {40, 30, 20}, 2, 3, 4);
        Reduction r = new DesReducer(DesParams.defaults()).reduce(data, 0.4, 9, TestData.METER);
        int baseSize = 18; // ceil(0.2 * 90)
        int[] base = Arrays.copyOf(r.sourceRows(), baseSize);
        int[] added = Arrays.copyOfRange(r.sourceRows(), baseSize, r.size());
        assertThat(r.size()).isEqualTo(36); // trunc(0.4 * 90)

        assertThat(added).containsExactly(byEntropy(data, base, 1, added.length));
        assertThat(added).as("softmax(-d) would rank the pool differently")
                .isNotEqualTo(byEntropy(data, base, -1, added.length));
    }

    /** The {@code count} pool rows of highest entropy of softmax(sign * d), ties by row: spec §3.5, written plainly. */
    private static int[] byEntropy(Dataset data, int[] base, int sign, int count) {
        int classes = data.numClasses();
        double[][] centre = new double[classes][data.cols()];
        int[] size = new int[classes];
        for (int row : base) {
            int c = data.labels()[row];
            size[c]++;
            for (int j = 0; j < data.cols(); j++) {
                centre[c][j] += data.get(row, j);
            }
        }
        double[] entropy = new double[data.rows()];
        for (int i = 0; i < data.rows(); i++) {
            double[] q = new double[classes];
            double total = 0;
            for (int c = 0; c < classes; c++) {
                double sq = 0;
                for (int j = 0; j < data.cols(); j++) {
                    double t = data.get(i, j) - centre[c][j] / size[c];
                    sq += t * t;
                }
                q[c] = Math.exp(sign * Math.sqrt(sq));
                total += q[c];
            }
            for (int c = 0; c < classes; c++) {
                entropy[i] -= q[c] / total * Math.log(q[c] / total) / Math.log(2);
            }
        }
        Set<Integer> inBase = new HashSet<>();
        for (int row : base) {
            inBase.add(row);
        }
        return IntStream.range(0, data.rows()).filter(i -> !inBase.contains(i)).boxed()
                .sorted((a, b) -> entropy[a] != entropy[b] ? Double.compare(entropy[b], entropy[a]) : a - b)
                .limit(count).mapToInt(Integer::intValue).toArray();
    }

    @Test
    void entropyTiesFollowRowOrderWithoutDuplicates() {
        // a single class: every pool row has entropy exactly 0, so the added rows are the first pool rows
        double[][] rows = {{3}, {3}, {3}, {1}, {2}, {3}, {3}, {9}, {3}, {3}};
        Dataset data = TestData.of(rows, new int[10], 1);
        for (long seed = 0; seed < 10; seed++) {
            Reduction r = new DesReducer(new DesParams(0.2)).reduce(data, 0.6, seed, TestData.METER);
            int[] base = Arrays.copyOf(r.sourceRows(), 2);
            int[] expectedAdded = IntStream.range(0, 10).filter(i -> i != base[0] && i != base[1]).limit(4).toArray();
            assertThat(Arrays.copyOfRange(r.sourceRows(), 2, 6)).containsExactly(expectedAdded);
            assertThat(r.notes()).singleElement().asString().contains("only one class is present in the base");
        }
    }

    @Test
    void pBaseParameterIsValidated() {
        assertThatThrownBy(() -> DesParams.fromMap(Map.of("pBase", "0")))
                .hasMessage("des: pBase must be in (0, 1], got 0.0");
        assertThat(DesParams.fromMap(Map.of("pBase", "0.2")).baseFractionFor(0.5)).isEqualTo(0.2);
        assertThat(DesParams.defaults().baseFractionFor(0.5)).isEqualTo(0.25);
    }
}
