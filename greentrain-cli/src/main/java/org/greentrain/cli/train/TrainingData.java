package org.greentrain.cli.train;

import java.util.Locale;
import org.greentrain.cli.common.UsageException;
import org.greentrain.data.Dataset;
import org.greentrain.data.catalog.LoadedDataset;
import org.greentrain.data.scale.FeatureScaler;
import org.greentrain.data.split.Split;
import org.greentrain.data.split.Splits;

/**
 * The training and test parts a run uses, and how they were made. Data with an official test part (the image sets)
 * keeps it; any other data is split with a seeded stratified split. Features are then scaled by a scaler fitted on
 * the training part only: min-max for tables and nothing for images unless asked otherwise. The fitted scaler is kept
 * so that a saved model scales new data the same way.
 *
 * @param train   the training part
 * @param test    the test part
 * @param split   how the test part was made, for example {@code official} or {@code stratified 25%, seed 1234}
 * @param scaling the scaling applied, for example {@code minmax (fitted on the training part)} or {@code none}
 * @param scaler  the scaler fitted on the training part, or null when the features are used as they are
 */
record TrainingData(Dataset train, Dataset test, String split, String scaling, FeatureScaler scaler) {

    /** The default share of rows held out when the data has no official test part. */
    static final double DEFAULT_TEST_FRACTION = 0.25;

    /**
     * Splits and scales {@code loaded}.
     *
     * @param testFraction the share to hold out, or null for the default; refused for data with an official split
     * @param scale        the scaling, or null for the default of the data's kind
     */
    static TrainingData prepare(LoadedDataset loaded, Double testFraction, ScaleChoice scale, long seed) {
        Split split;
        String how;
        if (loaded.hasTestPart()) {
            if (testFraction != null) {
                throw new UsageException("--test-fraction applies to data without a test part, but '"
                        + loaded.train().name() + "' comes with its official test part");
            }
            split = new Split(loaded.train(), loaded.test());
            how = "official";
        } else {
            double fraction = testFraction == null ? DEFAULT_TEST_FRACTION : testFraction;
            split = Splits.stratified(loaded.train(), fraction, seed);
            how = String.format(Locale.ROOT, "stratified %s%% test, seed %d", percent(fraction), seed);
        }
        ScaleChoice choice = scale != null ? scale : loaded.train().imageShape() != null ? ScaleChoice.NONE
                : ScaleChoice.MINMAX;
        if (choice.method() == null) {
            return new TrainingData(split.train(), split.test(), how, "none", null);
        }
        FeatureScaler scaler = choice.method().fit(split.train());
        return new TrainingData(scaler.apply(split.train()), scaler.apply(split.test()), how,
                choice.name().toLowerCase(Locale.ROOT) + " (fitted on the training part)", scaler);
    }

    private static String percent(double fraction) {
        String p = String.format(Locale.ROOT, "%.2f", fraction * 100);
        return p.replaceAll("\\.?0+$", "");
    }
}
