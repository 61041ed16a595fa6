package org.greentrain.study.tuning;

import java.util.Locale;
import org.greentrain.data.Dataset;
import org.greentrain.data.catalog.LoadedDataset;
import org.greentrain.data.scale.ScalerFit;
import org.greentrain.data.scale.ScalingMethod;
import org.greentrain.data.split.Split;
import org.greentrain.data.split.Splits;

/**
 * The training and test rows every trial of a tuning run trains and scores on. Image sets keep their official test
 * part and their pixels in [0, 1]; a table gets a seeded stratified 25% test part and min-max scaling fitted on its
 * training part. Either part may then be cut to a seeded stratified subset ({@code trainRows}, {@code testRows}; 0
 * keeps every row), so that a design fits a small machine while keeping the class proportions.
 *
 * @param train       the training rows
 * @param test        the test rows (the paper tunes on the test set, and so does this study)
 * @param description how the parts were made, for tables and reports
 */
public record TuningData(Dataset train, Dataset test, String description) {

    /** Share of a table's rows held out as its test part. */
    public static final double TABLE_TEST_FRACTION = 0.25;

    /**
     * Prepares {@code loaded}.
     *
     * @throws IllegalArgumentException when a requested subset is negative or larger than its part
     */
    public static TuningData prepare(LoadedDataset loaded, int trainRows, int testRows, long seed) {
        Split split = loaded.split(TABLE_TEST_FRACTION, seed);
        String how = loaded.hasTestPart() ? "official test part" : "stratified 25% test part, seed " + seed;
        if (loaded.train().imageShape() == null) {
            split = split.scaled(ScalingMethod.MIN_MAX, ScalerFit.TRAINING_PART);
            how += ", min-max scaled on the training part";
        }
        Dataset train = subset(split.train(), trainRows, seed, "--train-rows");
        Dataset test = subset(split.test(), testRows, seed + 1, "--test-rows");
        return new TuningData(train, test, String.format(Locale.ROOT, "%s: %d training rows%s, %d test rows%s (%s)",
                loaded.train().name(), train.rows(), train.rows() < split.train().rows() ? " (stratified subset)" : "",
                test.rows(), test.rows() < split.test().rows() ? " (stratified subset)" : "", how));
    }

    /** The share of the test rows whose label is the most frequent one: what a constant prediction scores. */
    public double majorityShare() {
        int[] counts = test.classCounts();
        int max = 0;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        return (double) max / test.rows();
    }

    private static Dataset subset(Dataset part, int rows, long seed, String option) {
        if (rows < 0) {
            throw new IllegalArgumentException(option + " must be at least 1 (or 0 for all rows), got " + rows);
        }
        if (rows == 0 || rows == part.rows()) {
            return part;
        }
        if (rows > part.rows()) {
            throw new IllegalArgumentException(option + " " + rows + " exceeds the " + part.rows() + " rows of "
                    + part.name() + ": use at most " + part.rows());
        }
        if (rows < part.classCounts().length) {
            throw new IllegalArgumentException(option + " " + rows + " is fewer than the " + part.classCounts().length
                    + " classes of " + part.name() + ": use at least " + part.classCounts().length);
        }
        return Splits.stratified(part, (double) rows / part.rows(), seed).test()
                .withName(part.name() + "[" + rows + " stratified rows]");
    }
}
