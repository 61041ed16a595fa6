package org.greentrain.data.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A growing row-major table of floats kept in fixed-size blocks of whole rows, for loaders that do not know the row
 * count in advance. A doubling array would copy the table about once more while it grows and leave every earlier
 * copy as garbage, peaking at 3.5 times the table's size (MNIST from CSV: 700 MB of heap for 188 MB of data); blocks
 * are never copied until {@link #toArray()}, so the peak is twice the table.
 */
final class RowBlocks {

    /** Values per block (1 MB): small enough to waste little, large enough for few blocks. */
    private static final int BLOCK_VALUES = 1 << 18;

    private final int width;
    private final int rowsPerBlock;
    private final List<float[]> blocks = new ArrayList<>();
    private int rows;

    /** A table of rows of {@code width} values each. */
    RowBlocks(int width) {
        this.width = width;
        this.rowsPerBlock = Math.max(1, BLOCK_VALUES / Math.max(1, width));
    }

    /** Appends a row of zeros and returns its index. */
    int append() {
        if (rows % rowsPerBlock == 0) {
            blocks.add(new float[rowsPerBlock * width]);
        }
        return rows++;
    }

    /** The block holding row {@code row}; the row starts at {@link #offset(int)} in it. */
    float[] block(int row) {
        return blocks.get(row / rowsPerBlock);
    }

    /** Where row {@code row} starts in its {@link #block(int)}. */
    int offset(int row) {
        return row % rowsPerBlock * width;
    }

    /** Number of rows appended. */
    int rows() {
        return rows;
    }

    /** The whole table in one row-major array of exactly {@code rows() * width} values. */
    float[] toArray() {
        float[] out = new float[rows * width];
        for (int b = 0; b < blocks.size(); b++) {
            int first = b * rowsPerBlock;
            int count = Math.min(rowsPerBlock, rows - first);
            System.arraycopy(blocks.get(b), 0, out, first * width, count * width);
        }
        return out;
    }
}
