package org.greentrain.reduce.reducer;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.SizeRule;
import org.greentrain.reduce.geometry.BallQuery;
import org.greentrain.reduce.geometry.NeighbourRadius;
import org.greentrain.reduce.geometry.PointColumns;
import org.greentrain.reduce.support.IndexSort;
import org.greentrain.reduce.support.Seeds;
import org.greentrain.reduce.topology.Barcode;
import org.greentrain.reduce.topology.VietorisRips;

/**
 * PHL, persistent-homology landmarks (Stolz; spec §3.6): per class, every point is scored by the Vietoris–Rips
 * persistence of its neighbourhood (the other points of its class within distance r, the point itself excluded), and
 * {@code round-half-even(p·n_c)} points are kept from one end of the score order.
 *
 * <p>A point with fewer than 2 neighbours is a super-outlier. Deviation, as the spec recommends: the original sorts
 * by score and assumes the super-outliers are the first entries, which is wrong when ordinary points also score 0.
 * Here ordinary points are ordered by (score, row index), ascending for {@code representative} and descending for
 * {@code vital}, and the super-outliers always follow, in a seeded random order, so a class is filled with
 * super-outliers only when its ordinary points run out. Neighbourhoods come from one {@link BallQuery} per class (a
 * k-d tree in low dimension, a SIMD scan in high dimension), never from a structure rebuilt per point, all found
 * before any is scored; the largest is scored first, alone, so that an r too large for the persistence computation
 * fails in seconds rather than after every smaller neighbourhood, then the others in parallel. The score is the
 * longest finite bar (0 when there is none).
 * When most rows are super-outliers, a note suggests an r from the rows' distances to their nearest rows.
 */
public final class PhlReducer extends BaseReducer {

    /** The neighbourhood size a suggested r aims at: a handful, enough for a loop, cheap to compute. */
    private static final int HINT_NEIGHBOURS = 3;
    private static final int HINT_SAMPLES = 100;
    private static final long HINT_STREAM = 0x9a1L;
    /** Neighbour indices kept from the first pass over a class (32 MB); beyond it, neighbourhoods are found again. */
    private static final long KEPT_NEIGHBOURS = 8_000_000L;

    private final PhlParams params;

    public PhlReducer(PhlParams params) {
        super("phl");
        this.params = params;
    }

    @Override
    public PhlParams params() {
        return params;
    }

    @Override
    protected Selection select(Dataset data, double keepFraction, long seed) {
        Selection selection = new Selection(data.cols());
        long[] neighbourhoods = new long[3]; // total size, largest size, super-outliers
        int[] counts = data.classCounts();
        for (int c = 0; c < data.numClasses(); c++) {
            int keep = SizeRule.ROUND_HALF_EVEN.apply(keepFraction, counts[c]);
            if (counts[c] == 0) {
                continue;
            }
            if (keep == 0) {
                noteEmptyClass(selection, data, c, counts[c], keepFraction, "round");
                continue;
            }
            int[] rows = data.indicesOfClass(c);
            int[] order = rank(PointColumns.of(data, rows), Seeds.random(seed, c), selection, data, c,
                    neighbourhoods);
            for (int i = 0; i < keep; i++) {
                selection.addRow(rows[order[i]]);
            }
        }
        selection.note(String.format(Locale.ROOT, "phl: neighbourhoods within r = %s hold %.1f points on "
                + "average (largest %d); persistence cost grows steeply with that size", params.radius(),
                (double) neighbourhoods[0] / data.rows(), neighbourhoods[1]));
        if (2 * neighbourhoods[2] > data.rows()) {
            selection.note(radiusHint(data, neighbourhoods[2], seed));
        }
        return selection;
    }

    /**
     * Why most rows are super-outliers and which r would give them neighbours: the median distance, over a sample of
     * rows, to the {@value #HINT_NEIGHBOURS}th nearest row of the same class.
     */
    private String radiusHint(Dataset data, long outliers, long seed) {
        double[] pooled = new double[0];
        for (int c = 0; c < data.numClasses(); c++) {
            double[] kth = NeighbourRadius.kthNearest(PointColumns.of(data, data.indicesOfClass(c)), HINT_NEIGHBOURS,
                    HINT_SAMPLES, Seeds.random(Seeds.derive(seed, HINT_STREAM), c));
            double[] grown = Arrays.copyOf(pooled, pooled.length + kth.length);
            System.arraycopy(kth, 0, grown, pooled.length, kth.length);
            pooled = grown;
        }
        String hint = String.format(Locale.ROOT, "phl: %d of %d rows have fewer than 2 neighbours within r = %s, so "
                + "their scores order nothing; the paper's r is for features scaled to [0, 1]", outliers, data.rows(),
                params.radius());
        if (pooled.length == 0) {
            return hint;
        }
        Arrays.sort(pooled);
        double median = pooled[pooled.length / 2];
        return hint + String.format(Locale.ROOT, "; on these features a sampled row has its %d nearest rows of its "
                + "class within %.3g (median), so scale them or try r=%.2g (with dimension=1 first: the cost grows "
                + "steeply with r and the dimension)", HINT_NEIGHBOURS, median, median);
    }

    /** The class's points in keeping order: ordinary points by score, then super-outliers shuffled. */
    private int[] rank(PointColumns points, SplittableRandom rng, Selection selection, Dataset data, int label,
                       long[] neighbourhoods) {
        int n = points.size();
        BallQuery balls = BallQuery.over(points);
        int[][] kept = new int[n][];
        int[] sizes = new int[n];
        AtomicLong keptTotal = new AtomicLong();
        IntStream.range(0, n).parallel().forEach(i -> {
            int[] neighbours = balls.within(points.point(i, new double[points.dims()]), params.radius());
            sizes[i] = neighbours.length - 1; // the point itself is always within r
            if (keptTotal.addAndGet(neighbours.length) <= KEPT_NEIGHBOURS) {
                kept[i] = neighbours;
            }
        });
        double[] score = new double[n];
        boolean[] superOutlier = new boolean[n];
        // the largest neighbourhood alone first: if it is too large to compute, that fails now, not after the others
        int largest = 0;
        for (int i = 1; i < n; i++) {
            largest = sizes[i] > sizes[largest] ? i : largest;
        }
        score(points, largest, neighbourhood(points, balls, kept, largest), score, superOutlier, data, label);
        int first = largest;
        AtomicReference<IllegalArgumentException> failure = new AtomicReference<>();
        IntStream.range(0, n).parallel().filter(i -> i != first).forEach(i -> {
            if (failure.get() != null) {
                return;
            }
            try {
                score(points, i, neighbourhood(points, balls, kept, i), score, superOutlier, data, label);
            } catch (IllegalArgumentException tooLarge) {
                // rethrown below from the calling thread, so that the message reaches the user unwrapped
                failure.compareAndSet(null, tooLarge);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        int outliers = 0;
        for (int i = 0; i < n; i++) {
            outliers += superOutlier[i] ? 1 : 0;
            neighbourhoods[2] += superOutlier[i] ? 1 : 0;
            neighbourhoods[0] += sizes[i];
            neighbourhoods[1] = Math.max(neighbourhoods[1], sizes[i]);
        }
        double[] key = new double[n];
        for (int i = 0; i < n; i++) {
            key[i] = params.type() == PhlParams.Type.REPRESENTATIVE ? score[i] : -score[i];
        }
        int[] sorted = IndexSort.ascending(key);
        int[] order = new int[n];
        int[] tail = new int[outliers];
        int head = 0;
        int t = 0;
        for (int i : sorted) {
            if (superOutlier[i]) {
                tail[t++] = i;
            } else {
                order[head++] = i;
            }
        }
        Seeds.shuffle(tail, rng);
        System.arraycopy(tail, 0, order, head, outliers);
        if (outliers > 0) {
            selection.note("phl: class " + className(data, label) + ": " + outliers + " of " + n + " rows have fewer "
                    + "than 2 neighbours within r = " + params.radius() + " (super-outliers); they rank last, in "
                    + "seeded random order");
        }
        return order;
    }

    /** Point i's neighbours within r, itself included: kept from the first pass, or found again. */
    private int[] neighbourhood(PointColumns points, BallQuery balls, int[][] kept, int i) {
        int[] neighbours = kept[i];
        kept[i] = null;
        return neighbours != null ? neighbours
                : balls.within(points.point(i, new double[points.dims()]), params.radius());
    }

    /**
     * Scores point i from its neighbourhood (itself included), or marks it a super-outlier.
     *
     * @throws IllegalArgumentException when the neighbourhood is too large for the persistence computation
     */
    private void score(PointColumns points, int i, int[] neighbours, double[] score, boolean[] superOutlier,
                       Dataset data, int label) {
        int count = neighbours.length - 1;
        if (count < 2) {
            superOutlier[i] = true;
            return;
        }
        int dims = points.dims();
        double[] q = new double[dims];
        double[] coords = new double[count * dims];
        int k = 0;
        for (int j : neighbours) {
            if (j != i) {
                System.arraycopy(points.point(j, q), 0, coords, k * dims, dims);
                k++;
            }
        }
        Barcode barcode;
        try {
            barcode = VietorisRips.ofPoints(coords, count, dims, params.dimension());
        } catch (IllegalArgumentException tooLarge) {
            throw new IllegalArgumentException("phl: a point of class " + className(data, label) + " has " + count
                    + " neighbours within r = " + params.radius() + ": " + tooLarge.getMessage()
                    + "; lower r or the homology dimension", tooLarge);
        }
        score[i] = params.scoring() == PhlParams.Scoring.RESTRICTED
                ? barcode.maxFinitePersistence(params.dimension())
                : barcode.maxFinitePersistenceUpTo(params.dimension());
    }
}
