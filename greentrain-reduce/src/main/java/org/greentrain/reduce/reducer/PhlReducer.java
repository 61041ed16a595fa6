package org.greentrain.reduce.reducer;

import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.SizeRule;
import org.greentrain.reduce.geometry.BallQuery;
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
 * k-d tree in low dimension, a SIMD scan in high dimension), never from a structure rebuilt per point; points are
 * scored in parallel. The score is the longest finite bar (0 when there is none).
 */
public final class PhlReducer extends BaseReducer {

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
        long[] neighbourhoods = new long[2]; // total size, largest size
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
        return selection;
    }

    /** The class's points in keeping order: ordinary points by score, then super-outliers shuffled. */
    private int[] rank(PointColumns points, SplittableRandom rng, Selection selection, Dataset data, int label,
                       long[] neighbourhoods) {
        int n = points.size();
        BallQuery balls = BallQuery.over(points);
        double[] score = new double[n];
        boolean[] superOutlier = new boolean[n];
        int[] sizes = new int[n];
        AtomicReference<IllegalArgumentException> failure = new AtomicReference<>();
        IntStream.range(0, n).parallel().forEach(i -> {
            if (failure.get() != null) {
                return;
            }
            double[] q = points.point(i, new double[points.dims()]);
            int[] neighbours = balls.within(q, params.radius());
            int count = neighbours.length - 1; // the point itself is always within r
            sizes[i] = count;
            if (count < 2) {
                superOutlier[i] = true;
                return;
            }
            double[] coords = new double[count * points.dims()];
            int k = 0;
            for (int j : neighbours) {
                if (j != i) {
                    points.point(j, q);
                    System.arraycopy(q, 0, coords, k * points.dims(), points.dims());
                    k++;
                }
            }
            Barcode barcode;
            try {
                barcode = VietorisRips.ofPoints(coords, count, points.dims(), params.dimension());
            } catch (IllegalArgumentException tooLarge) {
                // rethrown below from the calling thread, so that the message reaches the user unwrapped
                failure.compareAndSet(null, new IllegalArgumentException("phl: a point of class "
                        + className(data, label) + " has " + count + " neighbours within r = " + params.radius()
                        + ": " + tooLarge.getMessage() + "; lower r or the homology dimension", tooLarge));
                return;
            }
            score[i] = params.scoring() == PhlParams.Scoring.RESTRICTED
                    ? barcode.maxFinitePersistence(params.dimension())
                    : barcode.maxFinitePersistenceUpTo(params.dimension());
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        int outliers = 0;
        for (int i = 0; i < n; i++) {
            outliers += superOutlier[i] ? 1 : 0;
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
}
