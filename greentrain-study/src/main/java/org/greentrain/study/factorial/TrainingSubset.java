package org.greentrain.study.factorial;

import org.greentrain.data.Dataset;
import org.greentrain.data.split.Splits;

/**
 * A seeded stratified subset of a training set, so that an ablation can be scaled to a small machine: the class
 * proportions of the full set are kept (largest-remainder quotas), and the same seed gives the same rows.
 */
final class TrainingSubset {

    private TrainingSubset() {
    }

    /**
     * {@code rows} rows of {@code train}, or all of it when {@code rows} is 0 or equals its size.
     *
     * @throws IllegalArgumentException when {@code rows} exceeds the training set
     */
    static Dataset of(Dataset train, int rows, long seed) {
        if (rows == 0 || rows == train.rows()) {
            return train;
        }
        if (rows > train.rows()) {
            throw new IllegalArgumentException("--train-rows " + rows + " exceeds the " + train.rows()
                    + " training rows of " + train.name() + ": use at most " + train.rows());
        }
        return Splits.stratified(train, (double) rows / train.rows(), seed).test()
                .withName(train.name() + "[" + rows + " stratified rows]");
    }
}
