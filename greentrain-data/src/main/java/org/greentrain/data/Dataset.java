package org.greentrain.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A labelled dataset held densely in memory: {@code rows x cols} float features in one row-major array, and one int
 * label per row in {@code [0, classNames.size())}. Every reducer, trainer and metric in greentrain reads this type.
 * Features are checked finite on construction, so no NaN can flow further.
 *
 * @param name         a human-readable name, for example "spambase" or the input file name
 * @param features     row-major features, {@code features[r * cols + c]}
 * @param rows         number of examples
 * @param cols         number of features per example
 * @param labels       class index per row
 * @param classNames   the class names, indexed by label
 * @param featureNames the feature (column) names
 * @param rowIds       original 0-based row index of each row in its source, or null when rows are in source order
 * @param imageShape   the image shape when rows are flattened images, or null for tabular data
 */
public record Dataset(
        String name,
        float[] features,
        int rows,
        int cols,
        int[] labels,
        List<String> classNames,
        List<String> featureNames,
        long[] rowIds,
        ImageShape imageShape) {

    public Dataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(labels, "labels");
        classNames = List.copyOf(classNames);
        featureNames = List.copyOf(featureNames);
        if (rows < 0 || cols < 0 || (long) rows * cols != features.length) {
            throw new IllegalArgumentException("features hold " + features.length + " values, not " + rows + " x "
                    + cols);
        }
        if (labels.length != rows) {
            throw new IllegalArgumentException(labels.length + " labels for " + rows + " rows");
        }
        if (featureNames.size() != cols) {
            throw new IllegalArgumentException(featureNames.size() + " feature names for " + cols + " columns");
        }
        if (rowIds != null && rowIds.length != rows) {
            throw new IllegalArgumentException(rowIds.length + " row ids for " + rows + " rows");
        }
        if (imageShape != null && imageShape.size() != cols) {
            throw new IllegalArgumentException("image shape " + imageShape + " does not match " + cols + " columns");
        }
        for (int r = 0; r < rows; r++) {
            if (labels[r] < 0 || labels[r] >= classNames.size()) {
                throw new IllegalArgumentException("row " + r + " has label " + labels[r] + " outside [0, "
                        + classNames.size() + ")");
            }
        }
        for (int i = 0; i < features.length; i++) {
            if (!Float.isFinite(features[i])) {
                throw new IllegalArgumentException("row " + (i / cols) + ", column '" + featureNames.get(i % cols)
                        + "' is " + features[i] + ": features must be finite numbers");
            }
        }
    }

    /** A tabular dataset whose rows are in source order. */
    public static Dataset of(String name, float[] features, int rows, int cols, int[] labels, List<String> classNames,
                             List<String> featureNames) {
        return new Dataset(name, features, rows, cols, labels, classNames, featureNames, null, null);
    }

    /** Number of classes. */
    public int numClasses() {
        return classNames.size();
    }

    /** Feature {@code c} of row {@code r}. */
    public float get(int r, int c) {
        return features[r * cols + c];
    }

    /** A copy of row {@code r}. */
    public float[] row(int r) {
        return Arrays.copyOfRange(features, r * cols, (r + 1) * cols);
    }

    /** Original row index of row {@code r} in the source this dataset was loaded from. */
    public long rowId(int r) {
        return rowIds == null ? r : rowIds[r];
    }

    /** Number of rows in each class, indexed by label. */
    public int[] classCounts() {
        int[] counts = new int[classNames.size()];
        for (int label : labels) {
            counts[label]++;
        }
        return counts;
    }

    /** Row indices of class {@code label}, ascending. */
    public int[] indicesOfClass(int label) {
        int[] out = new int[rows];
        int n = 0;
        for (int r = 0; r < rows; r++) {
            if (labels[r] == label) {
                out[n++] = r;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * The rows at {@code indices}, in that order, keeping classes, names and the original row ids. An index may repeat.
     *
     * @throws IndexOutOfBoundsException for an index outside {@code [0, rows)}
     */
    public Dataset subset(int[] indices) {
        float[] f = new float[indices.length * cols];
        int[] l = new int[indices.length];
        long[] ids = new long[indices.length];
        for (int i = 0; i < indices.length; i++) {
            int r = Objects.checkIndex(indices[i], rows);
            System.arraycopy(features, r * cols, f, i * cols, cols);
            l[i] = labels[r];
            ids[i] = rowId(r);
        }
        return new Dataset(name, f, indices.length, cols, l, classNames, featureNames, ids, imageShape);
    }

    /** The same data under another name. */
    public Dataset withName(String newName) {
        return new Dataset(newName, features, rows, cols, labels, classNames, featureNames, rowIds, imageShape);
    }

    /** The same rows with new feature values of the same shape (for example after scaling). */
    public Dataset withFeatures(float[] newFeatures) {
        return new Dataset(name, newFeatures, rows, cols, labels, classNames, featureNames, rowIds, imageShape);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && rows == d.rows && cols == d.cols && name.equals(d.name)
                && Arrays.equals(features, d.features) && Arrays.equals(labels, d.labels)
                && classNames.equals(d.classNames) && featureNames.equals(d.featureNames)
                && Arrays.equals(rowIds, d.rowIds) && Objects.equals(imageShape, d.imageShape);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, rows, cols, Arrays.hashCode(labels), classNames);
    }

    @Override
    public String toString() {
        return "Dataset[" + name + ", " + rows + " x " + cols + ", " + classNames.size() + " classes"
                + (imageShape == null ? "" : ", images " + imageShape) + "]";
    }
}
