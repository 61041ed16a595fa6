package org.greentrain.reduce.metric;

import java.util.SplittableRandom;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.geometry.Distances;
import org.greentrain.reduce.geometry.Norm;
import org.greentrain.reduce.geometry.PointColumns;
import org.greentrain.reduce.support.Seeds;

/**
 * The reduced rows of one class, as ε searches them for each full row: does some reduced row lie within the current
 * ε, and if not, how far is the nearest one?
 *
 * <p>Most full rows have a reduced row within ε among the first few looked at, so each search starts with a short
 * scan of single rows that gives up on a row as soon as its partial distance exceeds ε (a few coordinates, not all).
 * Only a full row with no such row among the first {@value #QUICK} gets its exact nearest distance, by SIMD blocks
 * over all reduced rows with the early break of Taha and Hanbury. Both parts compute a distance in the order
 * {@link Distances} does (partial sums of squares only grow, maxima only grow), so a row judged within ε is within ε
 * by the exact distance too, and ε comes out bit for bit as from brute force with {@link Distances}.
 *
 * <p>The rows are kept in a fixed pseudo-random order, so that sorted inputs cannot defeat the early exits.
 */
final class ClassTargets {

    /** Rows tried one by one before the exact search. */
    private static final int QUICK = 32;
    private static final int BLOCK = 64;

    private final PointColumns columns;
    /** The same rows, row-major, for the one-by-one scan. */
    private final double[] rows;
    private final int size;
    private final int dims;
    private final Norm norm;

    /** Rows {@code targets} of {@code reduced}, measured in {@code norm}. */
    ClassTargets(Dataset reduced, int[] targets, Norm norm) {
        int[] order = targets.clone();
        Seeds.shuffle(order, new SplittableRandom(Seeds.derive(0x5eed, targets.length)));
        this.columns = PointColumns.of(reduced, order);
        this.size = order.length;
        this.dims = reduced.cols();
        this.norm = norm;
        this.rows = new double[size * dims];
        float[] features = reduced.features();
        for (int t = 0; t < size; t++) {
            for (int j = 0; j < dims; j++) {
                rows[t * dims + j] = features[order[t] * dims + j];
            }
        }
    }

    /** A scratch buffer for {@link #nearestAbove}, one per thread. */
    double[] scratch() {
        return new double[size];
    }

    /**
     * The raw distance from {@code q} to its nearest row, or any value ≤ {@code floor} as soon as a row that close is
     * found.
     */
    double nearestAbove(double[] q, double floor, double[] scratch) {
        int quick = Math.min(size, QUICK);
        for (int t = 0; t < quick; t++) {
            double distance = norm == Norm.L2 ? squaredUpTo(q, t, floor) : maxAbsUpTo(q, t, floor);
            if (distance <= floor) {
                return distance;
            }
        }
        double nearest = Double.POSITIVE_INFINITY;
        for (int from = 0; from < size; from += BLOCK) {
            int to = Math.min(size, from + BLOCK);
            columns.rawDistances(q, norm, from, to, scratch);
            for (int i = from; i < to; i++) {
                nearest = Math.min(nearest, scratch[i]);
            }
            if (nearest <= floor) {
                return nearest;
            }
        }
        return nearest;
    }

    /** The squared distance to row {@code t}, or a partial sum above {@code floor} once one is. */
    private double squaredUpTo(double[] q, int t, double floor) {
        int base = t * dims;
        double acc = 0;
        for (int j = 0; j < dims; j++) {
            double diff = q[j] - rows[base + j];
            acc += diff * diff;
            if (acc > floor) {
                return acc;
            }
        }
        return acc;
    }

    /** The L∞ distance to row {@code t}, or a partial maximum above {@code floor} once one is. */
    private double maxAbsUpTo(double[] q, int t, double floor) {
        int base = t * dims;
        double acc = 0;
        for (int j = 0; j < dims; j++) {
            acc = Math.max(acc, Math.abs(q[j] - rows[base + j]));
            if (acc > floor) {
                return acc;
            }
        }
        return acc;
    }
}
