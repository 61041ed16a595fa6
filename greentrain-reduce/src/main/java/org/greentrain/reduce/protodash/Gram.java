package org.greentrain.reduce.protodash;

/**
 * A symmetric positive semi-definite matrix given by its entries and its product with a vector, so that a Gram matrix
 * of a linear kernel never has to be stored: {@code K = Y Yᵀ} multiplies in O(size · d).
 */
public interface Gram {

    /** Number of rows (and columns). */
    int size();

    /** Entry (i, j). */
    double get(int i, int j);

    /** {@code out = K w}. */
    void times(double[] w, double[] out);
}
