package org.greentrain.reduce.reducer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.SizeRule;
import org.greentrain.reduce.WorkProgress;
import org.greentrain.reduce.geometry.NeighbourRadius;
import org.greentrain.reduce.geometry.PointColumns;
import org.greentrain.reduce.support.IndexSort;
import org.greentrain.reduce.support.Seeds;

/**
 * PHL, persistent-homology landmarks (Stolz; spec §3.6): per class, every point is scored by the Vietoris–Rips
 * persistence of its neighbourhood (the other points of its class within distance r, the point itself excluded), and
 * {@code round-half-even(p·n_c)} points are kept from one end of the score order.
 *
 * <p>A point with fewer than 2 neighbours is a super-outlier. Deviation, as the spec recommends: the original sorts
 * by score and assumes the super-outliers are the first entries, which is wrong when ordinary points also score 0.
 * Here ordinary points are ordered by (score, row index), ascending for {@code representative} and descending for
 * {@code vital}, and the super-outliers always follow, in a seeded random order, so a class is filled with
 * super-outliers only when its ordinary points run out. The scores come from {@link PhlScorer}. When most rows are
 * super-outliers, a note suggests an r from the rows' distances to their nearest rows.
 */
public final class PhlReducer extends BaseReducer {

    /** The neighbourhood size a suggested r aims at: a handful, enough for a loop, cheap to compute. */
    private static final int HINT_NEIGHBOURS = 3;
    private static final int HINT_SAMPLES = 100;
    private static final long HINT_STREAM = 0x9a1L;
    /** Class medians further apart than this factor make the hint warn about the densest class. */
    private static final double UNEVEN_CLASSES = 2;

    private final PhlParams params;
    private final WorkProgress progress;

    /** A reducer with {@code params} that reports to {@code progress} each neighbourhood found and each scored. */
    public PhlReducer(PhlParams params, WorkProgress progress) {
        super("phl");
        this.params = params;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    @Override
    public PhlParams params() {
        return params;
    }

    @Override
    protected Selection select(Dataset data, double keepFraction, long seed) {
        Selection selection = new Selection(data.cols());
        long neighbours = 0;
        int largest = 0;
        long outliers = 0;
        int[] counts = data.classCounts();
        int[] keeps = new int[counts.length];
        long scored = 0;
        for (int c = 0; c < counts.length; c++) {
            keeps[c] = SizeRule.ROUND_HALF_EVEN.apply(keepFraction, counts[c]);
            scored += keeps[c] > 0 ? counts[c] : 0;
        }
        WorkTally tally = new WorkTally(progress, 2 * scored);
        for (int c = 0; c < data.numClasses(); c++) {
            int keep = keeps[c];
            if (counts[c] == 0) {
                continue;
            }
            if (keep == 0) {
                noteEmptyClass(selection, data, c, counts[c], keepFraction, "round");
                continue;
            }
            int[] rows = data.indicesOfClass(c);
            PhlScorer.ClassScores scores = PhlScorer.score(params, PointColumns.of(data, rows), className(data, c),
                    tally);
            for (int size : scores.sizes()) {
                neighbours += size;
                largest = Math.max(largest, size);
            }
            int classOutliers = scores.outliers();
            outliers += classOutliers;
            if (classOutliers > 0) {
                selection.note("phl: class " + className(data, c) + ": " + classOutliers + " of " + rows.length
                        + " rows have fewer than 2 neighbours within r = " + params.radius() + " (super-outliers); "
                        + "they rank last, in seeded random order");
            }
            int[] order = keepingOrder(scores, classOutliers, Seeds.random(seed, c));
            for (int i = 0; i < keep; i++) {
                selection.addRow(rows[order[i]]);
            }
        }
        if (scored == 0) {
            return selection;
        }
        selection.note(String.format(Locale.ROOT, "phl: neighbourhoods within r = %s hold %.1f points on "
                + "average (largest %d); persistence cost grows steeply with that size", params.radius(),
                (double) neighbours / scored, largest));
        if (2 * outliers > scored) {
            selection.note(radiusHint(data, outliers, scored, seed));
        }
        return selection;
    }

    /**
     * Why most rows are super-outliers and which r would give them neighbours: the median distance, over a sample of
     * rows, to the {@value #HINT_NEIGHBOURS}th nearest row of the same class. When the classes' own medians differ by
     * more than {@value #UNEVEN_CLASSES} times, one r cannot suit them all, and the densest class would get the largest
     * neighbourhoods, whose persistence is slow (MNIST: the 1s within 1.96, the 2s within 5.51): the hint says so.
     */
    private String radiusHint(Dataset data, long outliers, long scored, long seed) {
        double[] pooled = new double[0];
        int densest = -1;
        int sparsest = -1;
        double[] classMedian = new double[data.numClasses()];
        for (int c = 0; c < data.numClasses(); c++) {
            double[] kth = NeighbourRadius.kthNearest(PointColumns.of(data, data.indicesOfClass(c)), HINT_NEIGHBOURS,
                    HINT_SAMPLES, Seeds.random(Seeds.derive(seed, HINT_STREAM), c));
            if (kth.length == 0) {
                continue;
            }
            double[] grown = Arrays.copyOf(pooled, pooled.length + kth.length);
            System.arraycopy(kth, 0, grown, pooled.length, kth.length);
            pooled = grown;
            classMedian[c] = median(kth);
            densest = densest < 0 || classMedian[c] < classMedian[densest] ? c : densest;
            sparsest = sparsest < 0 || classMedian[c] > classMedian[sparsest] ? c : sparsest;
        }
        boolean unitRange = inUnitRange(data);
        String hint = String.format(Locale.ROOT, "phl: %d of %d rows have fewer than 2 neighbours within r = %s, so "
                + "their scores order nothing%s", outliers, scored, params.radius(),
                unitRange ? "" : "; the paper's r is for features scaled to [0, 1]");
        if (pooled.length == 0) {
            return hint;
        }
        double median = median(pooled);
        hint += String.format(Locale.ROOT, "; on these features a sampled row has its %d nearest rows of its "
                + "class within %.3g (median), so %stry r=%.2g (with dimension=1 first: the cost grows "
                + "steeply with r and the dimension)", HINT_NEIGHBOURS, median, unitRange ? "" : "scale them or ",
                median);
        if (classMedian[sparsest] > UNEVEN_CLASSES * classMedian[densest]) {
            hint += String.format(Locale.ROOT, "; but the classes differ: class %s has them within %.3g, class %s "
                    + "within %.3g, so at that r class %s's neighbourhoods are far larger and its persistence far "
                    + "slower", className(data, densest), classMedian[densest], className(data, sparsest),
                    classMedian[sparsest], className(data, densest));
        }
        return hint;
    }

    /** True when every feature already lies in [0, 1], as after min-max scaling. */
    private static boolean inUnitRange(Dataset data) {
        for (float v : data.features()) {
            if (!(v >= 0 && v <= 1)) {
                return false;
            }
        }
        return true;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The class's points in keeping order: ordinary points by score, then the {@code outliers} others shuffled. */
    private int[] keepingOrder(PhlScorer.ClassScores scores, int outliers, SplittableRandom rng) {
        double[] score = scores.score();
        boolean[] superOutlier = scores.superOutlier();
        int n = score.length;
        double[] key = new double[n];
        for (int i = 0; i < n; i++) {
            key[i] = params.type() == PhlParams.Type.REPRESENTATIVE ? score[i] : -score[i];
        }
        int[] order = new int[n];
        int[] tail = new int[outliers];
        int head = 0;
        int t = 0;
        for (int i : IndexSort.ascending(key)) {
            if (superOutlier[i]) {
                tail[t++] = i;
            } else {
                order[head++] = i;
            }
        }
        Seeds.shuffle(tail, rng);
        System.arraycopy(tail, 0, order, head, outliers);
        return order;
    }
}
