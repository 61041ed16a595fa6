package org.greentrain.reduce.topology;

/**
 * One bar of a barcode: a homology class of the given dimension born at {@code birth} and dying at {@code death}
 * (+∞ for a class that never dies).
 *
 * @param dimension homology dimension (0 components, 1 loops, 2 voids)
 * @param birth     filtration value at which the class appears
 * @param death     filtration value at which it disappears, or +∞
 */
public record PersistenceInterval(int dimension, double birth, double death) {

    public PersistenceInterval {
        if (dimension < 0) {
            throw new IllegalArgumentException("dimension must be >= 0, got " + dimension);
        }
        if (!(death >= birth)) {
            throw new IllegalArgumentException("death " + death + " before birth " + birth);
        }
    }

    /** Whether the class dies. */
    public boolean isFinite() {
        return death != Double.POSITIVE_INFINITY;
    }

    /** {@code death − birth}, +∞ for an infinite bar. */
    public double persistence() {
        return death - birth;
    }
}
