package org.greentrain.data.scale;

import java.util.List;
import org.greentrain.data.DataInputException;
import org.greentrain.data.Dataset;

/**
 * A fitted per-feature affine scaling {@code x' = (x - shift) / divisor}: min-max or z-score statistics learnt from
 * some data (usually the training part) and applied unchanged to other data, so that test data is transformed the way
 * training data was. Constant features get divisor 1 and map to 0, never to NaN. Applied data may fall outside [0, 1]
 * (min-max) since the statistics come from the fitted data. A scaler saved with a model is rebuilt from its parameters
 * with {@link #of}, so new data is transformed exactly as the training data was.
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
     * The scaler with these parameters, for example read back from a saved model.
     *
     * @param featureNames the features, in the order of {@code shift} and {@code divisor}
     * @throws DataInputException when the lengths differ, a name is repeated, a shift is not finite or a divisor is
     *                            not a positive finite number
     */
    public static FeatureScaler of(ScalingMethod method, List<String> featureNames, double[] shift,
                                   double[] divisor) {
        List<String> names = List.copyOf(featureNames);
        if (shift.length != names.size() || divisor.length != names.size()) {
            throw new DataInputException("a scaler needs one shift and one divisor per feature, got " + shift.length
                    + " shifts and " + divisor.length + " divisors for " + names.size() + " features");
        }
        if (names.stream().distinct().count() != names.size()) {
            throw new DataInputException("a scaler's feature names must be distinct, got " + abbreviate(names));
        }
        for (int c = 0; c < names.size(); c++) {
            if (!Double.isFinite(shift[c]) || !(divisor[c] > 0) || !Double.isFinite(divisor[c])) {
                throw new DataInputException("feature '" + names.get(c) + "' has shift " + shift[c] + " and divisor "
                        + divisor[c] + ": a scaler needs a finite shift and a positive finite divisor");
            }
        }
        return new FeatureScaler(method, names, shift.clone(), divisor.clone());
    }

    /**
     * The dataset with its features scaled; rows, labels, names and row ids are unchanged.
     *
     * @throws DataInputException when the dataset has other features than the fitted data, or a scaled value
     *                            overflows a float
     */
    public Dataset apply(Dataset dataset) {
        requireSameFeatures(featureNames, dataset, "apply to");
        return dataset.withFeatures(apply(dataset.features(), dataset.name()));
    }

    /**
     * Scaled copies of rows whose features are in this scaler's order: {@code features} is row-major with
     * {@code featureNames().size()} values per row.
     *
     * @param source the data's name, for error messages
     * @throws DataInputException when the length is not a whole number of rows, or a scaled value overflows a float
     */
    public float[] apply(float[] features, String source) {
        int cols = featureNames.size();
        if (cols == 0 ? features.length != 0 : features.length % cols != 0) {
            throw new DataInputException(source + " holds " + features.length + " values, not whole rows of the "
                    + cols + " features this scaler is for");
        }
        float[] out = new float[features.length];
        for (int i = 0, r = 0; i < features.length; r++) {
            for (int c = 0; c < cols; c++, i++) {
                float scaled = (float) ((features[i] - shift[c]) / divisor[c]);
                if (!Float.isFinite(scaled)) {
                    throw new DataInputException("scaling row " + r + ", column '" + featureNames.get(c) + "' of "
                            + source + " gives " + scaled + ": its value " + features[i] + " lies far outside the"
                            + " data the scaler was fitted on");
                }
                out[i] = scaled;
            }
        }
        return out;
    }

    /** The scaling method. */
    public ScalingMethod method() {
        return method;
    }

    /** The features, in the order the scaler's parameters and {@link #apply(float[], String)} use. */
    public List<String> featureNames() {
        return featureNames;
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
