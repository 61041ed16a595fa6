package org.greentrain.reduce.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IndexSortTest {

    @Test
    void tiesKeepAscendingPositions() {
        double[] keys = {1, 3, 3, -0.0, 0.0, 3, Double.NEGATIVE_INFINITY};
        assertThat(IndexSort.descending(keys)).containsExactly(1, 2, 5, 0, 3, 4, 6);
        assertThat(IndexSort.ascending(keys)).containsExactly(6, 3, 4, 0, 1, 2, 5);
    }

    @Test
    void agreesWithAStableBoxedSort() {
        SplittableRandom rng = new SplittableRandom(1);
        for (int trial = 0; trial < 200; trial++) {
            double[] keys = rng.doubles(rng.nextInt(300), 0, 5).map(Math::floor).toArray();
            Integer[] expected = IntStream.range(0, keys.length).boxed().toArray(Integer[]::new);
            Arrays.sort(expected, Comparator.comparingDouble((Integer i) -> -keys[i]));
            assertThat(IndexSort.descending(keys)).containsExactly(Arrays.stream(expected).mapToInt(i -> i).toArray());
        }
    }
}
