package org.greentrain.reduce;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.greentrain.data.Dataset;
import org.greentrain.energy.Measurement;

/**
 * The result of one reduction: the reduced dataset, where each of its rows came from, and what producing it cost.
 *
 * <p>{@code sourceRows[i]} is the index in the input dataset of reduced row {@code i}, or {@link #SYNTHETIC} for a row
 * the method made up (CLC centroids). The reduced dataset carries the input's row ids for real rows and {@code -1}
 * for synthetic rows.
 *
 * @param method       the method's short name
 * @param parameters   the effective method parameters, as text
 * @param keepFraction the fraction asked for
 * @param seed         the seed used
 * @param data         the reduced dataset
 * @param sourceRows   input row of each reduced row, or {@link #SYNTHETIC}
 * @param inputRows    number of rows of the input dataset
 * @param measurement  time and energy of the reduction itself
 * @param notes        deviations and warnings the user should see, for example a class that contributed no rows
 */
public record Reduction(
        String method,
        Map<String, String> parameters,
        double keepFraction,
        long seed,
        Dataset data,
        int[] sourceRows,
        int inputRows,
        Measurement measurement,
        List<String> notes) {

    /** The source-row marker of a synthetic row. */
    public static final int SYNTHETIC = -1;

    public Reduction {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(measurement, "measurement");
        parameters = Map.copyOf(parameters);
        sourceRows = sourceRows.clone();
        notes = List.copyOf(notes);
        if (sourceRows.length != data.rows()) {
            throw new IllegalArgumentException(sourceRows.length + " source rows for " + data.rows() + " reduced rows");
        }
    }

    /** A copy of the input row of each reduced row ({@link #SYNTHETIC} for synthetic rows). */
    @Override
    public int[] sourceRows() {
        return sourceRows.clone();
    }

    /** Number of reduced rows. */
    public int size() {
        return sourceRows.length;
    }

    /** Whether reduced row {@code i} was made up by the method rather than taken from the input. */
    public boolean isSynthetic(int i) {
        return sourceRows[i] == SYNTHETIC;
    }

    /** Number of synthetic rows. */
    public int syntheticCount() {
        int n = 0;
        for (int r : sourceRows) {
            if (r == SYNTHETIC) {
                n++;
            }
        }
        return n;
    }

    /** Reduced size over input size. */
    public double achievedFraction() {
        return inputRows == 0 ? 0 : (double) sourceRows.length / inputRows;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reduction r && method.equals(r.method) && parameters.equals(r.parameters)
                && Double.compare(keepFraction, r.keepFraction) == 0 && seed == r.seed && data.equals(r.data)
                && java.util.Arrays.equals(sourceRows, r.sourceRows) && inputRows == r.inputRows
                && measurement.equals(r.measurement) && notes.equals(r.notes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, parameters, keepFraction, seed, data, java.util.Arrays.hashCode(sourceRows));
    }

    @Override
    public String toString() {
        return "Reduction[" + method + " " + parameters + ", keep " + keepFraction + ", seed " + seed + ", "
                + sourceRows.length + " of " + inputRows + " rows, " + syntheticCount() + " synthetic, "
                + measurement.durationSeconds() + " s, notes " + notes + "]";
    }
}
