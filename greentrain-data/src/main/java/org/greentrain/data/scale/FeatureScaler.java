package org.greentrain.data.scale;

import java.util.List;
import org.greentrain.data.DataInputException;
import org.greentrain.data.Dataset;

/**
 * A fitted per-feature affine scaling {@code x' = (x - shift) / divisor}: min-max or z-score statistics learnt from
 * some data (usually the training part) and applied unchanged to other data, so that test data is transformed the way
 * training data was. Constant features get divisor 1 and map to 0, never to NaN. Applied data may fall outside [0, 1]
 * (min-max) since the statistics come from the fitted data.
 */
public final class FeatureScaler {

    private final ScalingMethod method;
    private final List<String> featureNames;
    private final double[] shift;
    private final double[] divisor;

    private FeatureScaler(ScalingMethod method, List<String> featureNames, double[] shift, double[] divisor) {
        this.method = method;
        this.featureNames = featureNames;
        this.shift = shift;
        this.divisor = divisor;
    }

    /**
     * Fits {@code method} on the rows of all the given datasets together.
     *
     * @throws DataInputException when the datasets have no rows or different features
     */
    public static FeatureScaler fit(ScalingMethod method, Dataset first, Dataset... more) {
        Dataset[] parts = new Dataset[more.length + 1];
        parts[0] = first;
        System.arraycopy(more, 0, parts, 1, more.length);
        long rows = 0;
        for (Dataset part : parts) {
            requireSameFeatures(first.featureNames(), part, "fit on");
            rows += part.rows();
        }
        if (rows == 0) {
            throw new DataInputException("cannot fit a " + method + " scaler on " + first.name()
                    + ": it has no rows");
        }
        ColumnStatistics stats = ColumnStatistics.of(parts, rows);
        int cols = first.cols();
        double[] shift = new double[cols];
        double[] divisor = new double[cols];
        for (int c = 0; c < cols; c++) {
            boolean constant = stats.min()[c] == stats.max()[c];
            if (method == ScalingMethod.MIN_MAX) {
                shift[c] = stats.min()[c];
                divisor[c] = constant ? 1 : stats.max()[c] - stats.min()[c];
            } else {
                shift[c] = constant ? stats.min()[c] : stats.mean()[c];
                divisor[c] = constant ? 1 : stats.std()[c];
            }
        }
        return new FeatureScaler(method, first.featureNames(), shift, divisor);
    }

    /**
     * The dataset with its features scaled; rows, labels, names and row ids are unchanged.
     *
     * @throws DataInputException when the dataset has other features than the fitted data, or a scaled value
     *                            overflows a float
     */
    public Dataset apply(Dataset dataset) {
        requireSameFeatures(featureNames, dataset, "apply to");
        float[] in = dataset.features();
        float[] out = new float[in.length];
        int cols = dataset.cols();
        for (int r = 0, i = 0; r < dataset.rows(); r++) {
            for (int c = 0; c < cols; c++, i++) {
                float scaled = (float) ((in[i] - shift[c]) / divisor[c]);
                if (!Float.isFinite(scaled)) {
                    throw new DataInputException("scaling row " + r + ", column '" + featureNames.get(c) + "' of "
                            + dataset.name() + " gives " + scaled + ": its value " + in[i] + " lies far outside the"
                            + " data the scaler was fitted on");
                }
                out[i] = scaled;
            }
        }
        return dataset.withFeatures(out);
    }

    /** The scaling method. */
    public ScalingMethod method() {
        return method;
    }

    /** The value subtracted from feature {@code column} (min or mean). */
    public double shift(int column) {
        return shift[column];
    }

    /** The value feature {@code column} is divided by after the shift (range or std, 1 for a constant feature). */
    public double divisor(int column) {
        return divisor[column];
    }

    private static void requireSameFeatures(List<String> expected, Dataset dataset, String verb) {
        if (!dataset.featureNames().equals(expected)) {
            throw new DataInputException("cannot " + verb + " " + dataset.name() + " with this scaler: it has "
                    + dataset.cols() + " features " + abbreviate(dataset.featureNames()) + " but the scaler is for "
                    + expected.size() + " features " + abbreviate(expected));
        }
    }

    private static String abbreviate(List<String> names) {
        return names.size() <= 4 ? names.toString()
                : "[" + String.join(", ", names.subList(0, 3)) + ", ... " + names.get(names.size() - 1) + "]";
    }
}
