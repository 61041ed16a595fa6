package org.greentrain.data.catalog;

import java.util.Objects;
import org.greentrain.data.Dataset;
import org.greentrain.data.split.Split;
import org.greentrain.data.split.Splits;

/**
 * A built-in dataset as published: image sets come with their official training and test parts; tabular sets come as
 * one table in {@code train} with {@code test == null}, to be split by the caller.
 *
 * @param train the official training part, or all rows of a tabular set
 * @param test  the official test part, or null when the dataset has none
 */
public record LoadedDataset(Dataset train, Dataset test) {

    public LoadedDataset {
        Objects.requireNonNull(train, "train");
    }

    /** True when the dataset has an official test part. */
    public boolean hasTestPart() {
        return test != null;
    }

    /**
     * The official split when there is one, else a seeded stratified split of all rows.
     *
     * @param testFraction used only when there is no official test part
     */
    public Split split(double testFraction, long seed) {
        return hasTestPart() ? new Split(train, test) : Splits.stratified(train, testFraction, seed);
    }
}
