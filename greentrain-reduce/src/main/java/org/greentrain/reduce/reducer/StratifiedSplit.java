package org.greentrain.reduce.reducer;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.support.Seeds;

/**
 * The stratified draw of scikit-learn's {@code StratifiedShuffleSplit} (used by SRS and by the DES base): per-class
 * counts by proportional allocation with largest remainders ("approximate mode"), allocated first for the complement
 * and then for the drawn part, and a seeded shuffle of each class.
 */
final class StratifiedSplit {

    private StratifiedSplit() {
    }

    /**
     * Rows drawn per class so that {@code draws} rows are drawn in total. The complement ({@code N - draws}) is
     * allocated first by {@link #approximateMode}; each class then gives the rest of its rows. Since the complement of
     * a class never exceeds its count, the counts always sum to {@code draws}.
     */
    static int[] drawCounts(int[] classCounts, int draws, SplittableRandom rng) {
        int total = Arrays.stream(classCounts).sum();
        if (draws < 0 || draws > total) {
            throw new IllegalArgumentException("cannot draw " + draws + " of " + total + " rows");
        }
        int[] complement = approximateMode(classCounts, total - draws, rng);
        int[] out = new int[classCounts.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = classCounts[c] - complement[c];
        }
        return out;
    }

    /**
     * Proportional allocation of {@code draws} over classes: floor of {@code count * (draws / total)}, then one more
     * row for classes by descending remainder until the total is met; classes with equal remainders are chosen at
     * random among themselves. A class never gets more than its count.
     */
    static int[] approximateMode(int[] classCounts, int draws, SplittableRandom rng) {
        int total = Arrays.stream(classCounts).sum();
        int[] floored = new int[classCounts.length];
        double[] remainder = new double[classCounts.length];
        if (total == 0 || draws == 0) {
            return floored;
        }
        double ratio = (double) draws / total;
        int need = draws;
        for (int c = 0; c < classCounts.length; c++) {
            double continuous = classCounts[c] * ratio;
            floored[c] = (int) Math.min(classCounts[c], Math.floor(continuous));
            remainder[c] = continuous - Math.floor(continuous);
            need -= floored[c];
        }
        double[] values = Arrays.stream(remainder).distinct().sorted().toArray();
        for (int v = values.length - 1; v >= 0 && need > 0; v--) {
            int[] tied = new int[classCounts.length];
            int n = 0;
            for (int c = 0; c < classCounts.length; c++) {
                if (remainder[c] == values[v] && floored[c] < classCounts[c]) {
                    tied[n++] = c;
                }
            }
            int addNow = Math.min(n, need);
            for (int i = 0; i < addNow; i++) {
                int pick = i + rng.nextInt(n - i);
                int t = tied[i];
                tied[i] = tied[pick];
                tied[pick] = t;
                floored[tied[i]]++;
            }
            need -= addNow;
        }
        if (need != 0) {
            throw new IllegalStateException("stratified allocation left " + need + " rows unallocated");
        }
        return floored;
    }

    /**
     * The drawn rows: {@code counts[c]} rows of each class from a seeded shuffle of the class, then the whole draw
     * shuffled once more (as scikit-learn returns its test indices).
     */
    static int[] draw(Dataset data, int[] counts, SplittableRandom rng) {
        int[] out = new int[Arrays.stream(counts).sum()];
        int n = 0;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] == 0) {
                continue;
            }
            int[] rows = data.indicesOfClass(c);
            partialShuffle(rows, counts[c], rng);
            System.arraycopy(rows, 0, out, n, counts[c]);
            n += counts[c];
        }
        Seeds.shuffle(out, rng);
        return out;
    }

    /** Moves a uniform random {@code k}-subset of {@code values} to its front, in random order. */
    private static void partialShuffle(int[] values, int k, SplittableRandom rng) {
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(values.length - i);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
