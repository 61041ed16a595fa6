package org.greentrain.reduce.reducer;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.greentrain.reduce.geometry.BallQuery;
import org.greentrain.reduce.geometry.PointColumns;
import org.greentrain.reduce.topology.Barcode;
import org.greentrain.reduce.topology.VietorisRips;

/**
 * PHL's scores for the points of one class. Every neighbourhood within r comes from one {@link BallQuery} pass (a
 * k-d tree in low dimension, a SIMD scan in high dimension), all found before any is scored. A class whose
 * neighbourhoods together would need more than {@link #MAX_CLASS_STEPS} persistence steps is refused at once; otherwise
 * the largest is scored first, alone, so that one too large for the persistence computation fails in seconds rather
 * than after every smaller neighbourhood, then the others in parallel. A score is the longest finite bar of the neighbourhood's
 * Vietoris–Rips persistence (the point itself excluded).
 */
final class PhlScorer {

    /** Neighbour indices kept from the first pass (32 MB); beyond it, neighbourhoods are found again. */
    private static final long KEPT_NEIGHBOURS = 8_000_000L;
    /** Points whose neighbourhoods one task finds together (a scan measures several queries per pass). */
    private static final int QUERY_GROUP = 64;
    /**
     * Most persistence steps a class may need ({@link VietorisRips#stepBound}, summed over its neighbourhoods). The
     * benchmark's heaviest case, 100,000 blobs with dimension 2, needs 9·10⁹ and takes 17 s on 2 cores, so this is
     * about half an hour; MNIST's 1s at r = 4.7 (neighbourhoods of 1,260 rows on average) would need 10¹³.
     */
    static final double MAX_CLASS_STEPS = 1e12;

    /**
     * One class's scores.
     *
     * @param score        per point, the longest finite bar (0 for a super-outlier, and when there is no bar)
     * @param superOutlier per point, whether it has fewer than 2 neighbours within r
     * @param sizes        per point, how many neighbours it has within r
     */
    record ClassScores(double[] score, boolean[] superOutlier, int[] sizes) {

        int outliers() {
            int count = 0;
            for (boolean b : superOutlier) {
                count += b ? 1 : 0;
            }
            return count;
        }
    }

    private final PhlParams params;
    private final PointColumns points;
    private final String className;
    private final BallQuery balls;
    private final int[][] kept;
    private final WorkTally tally;

    private PhlScorer(PhlParams params, PointColumns points, String className, WorkTally tally) {
        this.params = params;
        this.points = points;
        this.className = className;
        this.balls = BallQuery.over(points);
        this.kept = new int[points.size()][];
        this.tally = tally;
    }

    /**
     * The scores of {@code points}, the points of the class named {@code className} (for messages), its work counted
     * in {@code tally}: one unit per neighbourhood found and one per neighbourhood scored.
     *
     * @throws IllegalArgumentException when a neighbourhood is too large for the persistence computation
     */
    static ClassScores score(PhlParams params, PointColumns points, String className, WorkTally tally) {
        return new PhlScorer(params, points, className, tally).scoreAll();
    }

    private ClassScores scoreAll() {
        int n = points.size();
        int[] sizes = new int[n];
        AtomicLong keptTotal = new AtomicLong();
        IntStream.range(0, (n + QUERY_GROUP - 1) / QUERY_GROUP).parallel().forEach(group -> {
            int from = group * QUERY_GROUP;
            int[][] found = balls.withinEach(from, Math.min(n, from + QUERY_GROUP), params.radius());
            for (int a = 0; a < found.length; a++) {
                int i = from + a;
                sizes[i] = found[a].length - 1; // the point itself is always within r
                if (keptTotal.addAndGet(found[a].length) <= KEPT_NEIGHBOURS) {
                    kept[i] = found[a];
                }
            }
            tally.add(found.length);
        });
        requireAffordable(sizes);
        ClassScores scores = new ClassScores(new double[n], new boolean[n], sizes);
        int largest = 0;
        for (int i = 1; i < n; i++) {
            largest = sizes[i] > sizes[largest] ? i : largest;
        }
        scoreOne(largest, scores);
        int first = largest;
        AtomicReference<IllegalArgumentException> failure = new AtomicReference<>();
        IntStream.range(0, n).parallel().filter(i -> i != first).forEach(i -> {
            if (failure.get() != null) {
                return;
            }
            try {
                scoreOne(i, scores);
            } catch (IllegalArgumentException tooLarge) {
                // rethrown below from the calling thread, so that the message reaches the user unwrapped
                failure.compareAndSet(null, tooLarge);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return scores;
    }

    /**
     * Refuses, before any is scored, neighbourhoods whose persistence would take hours: an r that suits the other
     * classes can give a dense class neighbourhoods of thousands of rows.
     */
    private void requireAffordable(int[] sizes) {
        double steps = 0;
        long total = 0;
        int largest = 0;
        for (int size : sizes) {
            total += size;
            largest = Math.max(largest, size);
            steps += size < 2 ? 0 : VietorisRips.stepBound(size, params.dimension());
        }
        if (steps > MAX_CLASS_STEPS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "phl: class %s has neighbourhoods of %.0f "
                    + "rows on average within r = %s (largest %d); their persistence up to dimension %d could take "
                    + "%.1g steps, more than the limit of %.0g (about half an hour on 2 cores); lower r, or the "
                    + "dimension", className, (double) total / sizes.length, params.radius(), largest,
                    params.dimension(), steps, MAX_CLASS_STEPS));
        }
    }

    /** Scores point i, or marks it a super-outlier, and counts it done. */
    private void scoreOne(int i, ClassScores scores) {
        measure(i, scores);
        tally.add(1);
    }

    private void measure(int i, ClassScores scores) {
        int[] neighbours = kept[i] != null ? kept[i]
                : balls.within(balls.point(i), params.radius());
        kept[i] = null;
        int count = neighbours.length - 1;
        if (count < 2) {
            scores.superOutlier()[i] = true;
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
            throw new IllegalArgumentException("phl: a point of class " + className + " has " + count
                    + " neighbours within r = " + params.radius() + ": " + tooLarge.getMessage()
                    + "; lower r or the homology dimension", tooLarge);
        }
        scores.score()[i] = params.scoring() == PhlParams.Scoring.RESTRICTED
                ? barcode.maxFinitePersistence(params.dimension())
                : barcode.maxFinitePersistenceUpTo(params.dimension());
    }
}
