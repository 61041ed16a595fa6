package org.greentrain.cli.predict;

/**
 * The rows {@code greentrain predict} applies a model to, already in the model's column order and still in raw units.
 *
 * @param name        the data's name for tables and messages
 * @param features    row-major raw values, one per model feature
 * @param rowIds      each row's index in its source, written beside its prediction
 * @param labels      each row's true class index in the model's classes, or null when the input has no labels
 * @param labelColumn the label column the labels came from, or null when the input has no labels
 */
record PredictionInput(String name, float[] features, long[] rowIds, int[] labels, String labelColumn) {

    /** Number of rows. */
    int rows() {
        return rowIds.length;
    }

    /** Whether the input has true labels to evaluate the predictions against. */
    boolean labelled() {
        return labels != null;
    }
}
