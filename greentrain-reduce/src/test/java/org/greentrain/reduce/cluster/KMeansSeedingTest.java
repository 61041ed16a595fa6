package org.greentrain.reduce.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class KMeansSeedingTest {

    private static float[][] columns(float[] rows, int n, int d) {
        float[][] columns = new float[d][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                columns[j][i] = rows[i * d + j];
            }
        }
        return columns;
    }

    private static float squared(float[] rows, int d, int a, int b) {
        float s = 0;
        for (int j = 0; j < d; j++) {
            float t = rows[a * d + j] - rows[b * d + j];
            s += t * t;
        }
        return s;
    }

    @Test
    void plusPlusGivesDistinctSeedsWithEachPointsNearestAndSecondNearest() {
        int n = 700;
        int d = 3;
        Random rng = new Random(3);
        float[] rows = new float[n * d];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (float) rng.nextGaussian();
        }

        KMeansSeeding.PlusPlus seeding = KMeansSeeding.plusPlus(columns(rows, n, d), rows, n, 40,
                new SplittableRandom(9));

        int[] seeds = seeding.seeds();
        assertThat(seeds).hasSize(40).doesNotHaveDuplicates();
        for (int i = 0; i < n; i++) {
            float[] byDistance = new float[seeds.length];
            for (int s = 0; s < seeds.length; s++) {
                byDistance[s] = squared(rows, d, i, seeds[s]);
            }
            float nearest = byDistance[seeding.nearestSeed()[i]];
            assertThat(IntStream.range(0, seeds.length).allMatch(s -> byDistance[s] >= nearest)).isTrue();
            float[] sorted = byDistance.clone();
            Arrays.sort(sorted);
            assertThat(seeding.secondNearest()[i]).isCloseTo(sorted[1], Offset.offset(1e-4f));
        }
        assertThat(KMeansSeeding.plusPlus(columns(rows, n, d), rows, n, 40, new SplittableRandom(9)).seeds())
                .containsExactly(seeds);
    }

    @Test
    void plusPlusStopsWhenEveryPointIsASeed() {
        float[] rows = {0, 0, 5, 5, 0, 0, 5, 5, 9, 1};
        KMeansSeeding.PlusPlus seeding = KMeansSeeding.plusPlus(columns(rows, 5, 2), rows, 5, 4,
                new SplittableRandom(1));
        assertThat(seeding.seeds()).hasSize(3);
        assertThat(IntStream.of(seeding.seeds()).mapToObj(i -> rows[2 * i] + "," + rows[2 * i + 1]).distinct())
                .containsExactlyInAnyOrder("0.0,0.0", "5.0,5.0", "9.0,1.0");
    }

    @Test
    void randomRowsAreDistinctAndSeeded() {
        int[] rows = KMeansSeeding.randomRows(50, 20, new SplittableRandom(4));
        assertThat(rows).hasSize(20).doesNotHaveDuplicates();
        assertThat(IntStream.of(rows).allMatch(r -> r >= 0 && r < 50)).isTrue();
        assertThat(KMeansSeeding.randomRows(50, 20, new SplittableRandom(4))).containsExactly(rows);
    }
}
