package org.greentrain.reduce.reducer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.Reduction;

/**
 * What a method chose, in output order: input rows, synthetic rows (CLC centroids) and notes for the user. It builds
 * the reduced dataset, copying features of real rows and keeping their row ids.
 */
public final class Selection {

    private int[] rows = new int[16];
    private float[] synthetic = new float[0];
    private int[] syntheticLabels = new int[0];
    private int size;
    private int syntheticSize;
    private final int cols;
    private final List<String> notes = new ArrayList<>();

    /** An empty selection for rows of {@code cols} features. */
    public Selection(int cols) {
        this.cols = cols;
    }

    /** Appends input row {@code row}. */
    public Selection addRow(int row) {
        grow();
        rows[size++] = row;
        return this;
    }

    /** Appends input rows in the given order. */
    public Selection addRows(int[] selected) {
        for (int r : selected) {
            addRow(r);
        }
        return this;
    }

    /** Appends a made-up row with {@code values} (length = cols) and class {@code label}. */
    public Selection addSynthetic(double[] values, int label) {
        if (values.length != cols) {
            throw new IllegalArgumentException(values.length + " values for a row of " + cols + " features");
        }
        grow();
        rows[size++] = Reduction.SYNTHETIC;
        if ((syntheticSize + 1) * cols > synthetic.length) {
            synthetic = Arrays.copyOf(synthetic, Math.max(16, synthetic.length * 2 + cols));
            syntheticLabels = Arrays.copyOf(syntheticLabels, Math.max(16, syntheticLabels.length * 2 + 1));
        }
        for (int j = 0; j < cols; j++) {
            synthetic[syntheticSize * cols + j] = (float) values[j];
        }
        syntheticLabels[syntheticSize++] = label;
        return this;
    }

    /** Adds a note the user should see. */
    public Selection note(String note) {
        notes.add(note);
        return this;
    }

    /** Number of rows chosen so far. */
    public int size() {
        return size;
    }

    /** The notes so far. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** The input row of each chosen row, {@link Reduction#SYNTHETIC} for synthetic ones. */
    public int[] sourceRows() {
        return Arrays.copyOf(rows, size);
    }

    /** The reduced dataset named {@code name}, with the input's class and feature names. */
    public Dataset build(Dataset input, String name) {
        float[] f = new float[size * cols];
        int[] labels = new int[size];
        long[] ids = new long[size];
        float[] src = input.features();
        int s = 0;
        for (int i = 0; i < size; i++) {
            int r = rows[i];
            if (r == Reduction.SYNTHETIC) {
                System.arraycopy(synthetic, s * cols, f, i * cols, cols);
                labels[i] = syntheticLabels[s++];
                ids[i] = -1;
            } else {
                System.arraycopy(src, r * cols, f, i * cols, cols);
                labels[i] = input.labels()[r];
                ids[i] = input.rowId(r);
            }
        }
        return new Dataset(name, f, size, cols, labels, input.classNames(), input.featureNames(), ids,
                input.imageShape());
    }

    private void grow() {
        if (size == rows.length) {
            rows = Arrays.copyOf(rows, rows.length * 2);
        }
    }
}
