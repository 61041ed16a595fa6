package org.greentrain.train.model;

/**
 * The predicted class of every example of an evaluation pass, in row order, with the mean (unweighted) cross-entropy.
 *
 * @param predicted predicted class per row
 * @param meanLoss  mean cross-entropy over the rows
 */
public record Predictions(int[] predicted, double meanLoss) {

    /** Per row, whether the prediction equals {@code labels[row]}. */
    public boolean[] correct(int[] labels) {
        if (labels.length != predicted.length) {
            throw new IllegalArgumentException(labels.length + " labels for " + predicted.length + " predictions");
        }
        boolean[] correct = new boolean[predicted.length];
        for (int i = 0; i < correct.length; i++) {
            correct[i] = predicted[i] == labels[i];
        }
        return correct;
    }
}
