package org.greentrain.reduce.topology;

import java.util.List;

/**
 * The persistence barcode of a filtration: its bars in every computed dimension. Bars of length zero are not listed
 * (as in Ripser).
 *
 * @param maxDimension the highest homology dimension computed
 * @param intervals    the bars, by dimension then birth
 */
public record Barcode(int maxDimension, List<PersistenceInterval> intervals) {

    public Barcode {
        intervals = List.copyOf(intervals);
    }

    /** The bars of dimension {@code dimension}. */
    public List<PersistenceInterval> dimension(int dimension) {
        return intervals.stream().filter(i -> i.dimension() == dimension).toList();
    }

    /** The longest finite bar of dimension {@code dimension}, 0 when there is none. */
    public double maxFinitePersistence(int dimension) {
        double max = 0;
        for (PersistenceInterval i : intervals) {
            if (i.dimension() == dimension && i.isFinite()) {
                max = Math.max(max, i.persistence());
            }
        }
        return max;
    }

    /** The longest finite bar of any dimension up to {@code dimension}, 0 when there is none. */
    public double maxFinitePersistenceUpTo(int dimension) {
        double max = 0;
        for (int k = 0; k <= dimension; k++) {
            max = Math.max(max, maxFinitePersistence(k));
        }
        return max;
    }
}
