package org.greentrain.train.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * Counts of (actual class, predicted class) pairs over an evaluation set: {@code counts[actual][predicted]}.
 *
 * @param classes the class names, indexing both axes
 * @param counts  a square matrix of counts, rows = actual, columns = predicted
 */
public record ConfusionMatrix(List<String> classes, int[][] counts) {

    public ConfusionMatrix {
        classes = List.copyOf(classes);
        int k = classes.size();
        if (counts.length != k || Arrays.stream(counts).anyMatch(row -> row.length != k)) {
            throw new IllegalArgumentException("a confusion matrix for " + k + " classes needs " + k + "x" + k
                    + " counts");
        }
        counts = Arrays.stream(counts).map(int[]::clone).toArray(int[][]::new);
    }

    /**
     * Tallies predictions against labels.
     *
     * @throws IllegalArgumentException when the arrays differ in length or hold a class outside {@code classes}
     */
    public static ConfusionMatrix of(int[] actual, int[] predicted, List<String> classes) {
        if (actual.length != predicted.length) {
            throw new IllegalArgumentException(actual.length + " labels but " + predicted.length + " predictions");
        }
        int k = classes.size();
        int[][] counts = new int[k][k];
        for (int i = 0; i < actual.length; i++) {
            if (actual[i] < 0 || actual[i] >= k || predicted[i] < 0 || predicted[i] >= k) {
                throw new IllegalArgumentException("example " + i + " has label " + actual[i] + " and prediction "
                        + predicted[i] + ", outside [0, " + k + ")");
            }
            counts[actual[i]][predicted[i]]++;
        }
        return new ConfusionMatrix(classes, counts);
    }

    /** Examples of class {@code actual} predicted as {@code predicted}. */
    public int count(int actual, int predicted) {
        return counts[actual][predicted];
    }

    /** A copy of the counts. */
    @Override
    public int[][] counts() {
        return Arrays.stream(counts).map(int[]::clone).toArray(int[][]::new);
    }

    /** Number of examples. */
    public int total() {
        return Arrays.stream(counts).flatMapToInt(Arrays::stream).sum();
    }

    /** Examples on the diagonal. */
    public int correct() {
        int sum = 0;
        for (int c = 0; c < counts.length; c++) {
            sum += counts[c][c];
        }
        return sum;
    }

    /** Examples whose actual class is {@code c}. */
    public int support(int c) {
        return Arrays.stream(counts[c]).sum();
    }

    /** Examples predicted as class {@code c}. */
    public int predicted(int c) {
        int sum = 0;
        for (int[] row : counts) {
            sum += row[c];
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfusionMatrix m && classes.equals(m.classes) && Arrays.deepEquals(counts, m.counts);
    }

    @Override
    public int hashCode() {
        return 31 * classes.hashCode() + Arrays.deepHashCode(counts);
    }

    @Override
    public String toString() {
        return "ConfusionMatrix" + classes + Arrays.deepToString(counts);
    }
}
