package org.greentrain.train.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greentrain.data.Dataset;
import org.greentrain.data.ImageShape;

/**
 * Where each feature a saved model takes comes from in some input: found by name, so the input's columns may come in
 * any order. A feature is one of three things:
 * <ul>
 *   <li>a copy of the input column of the same name;</li>
 *   <li>a one-hot category {@code column=value} of a categorical column the input already expanded without that
 *       value (the category is absent from the input), hence 0 in every row;</li>
 *   <li>a one-hot category {@code column=value} of a raw text column named {@code column}: 1 where its cell is
 *       {@code value}, else 0. Only a reader of raw text cells can apply these; {@link #gather(Dataset)} refuses
 *       them.</li>
 * </ul>
 * Image models (whose feature names are pixel positions) take another file's pixels by position when the names differ
 * but the count matches. Anything else that does not line up, a missing feature or an input column the model never
 * saw, is a {@link ColumnMismatchException}.
 */
public final class ColumnMatch {

    /** The column of a feature that is 0 in every row. */
    public static final int ABSENT = -1;

    private final List<String> features;
    private final int[] column;
    private final String[] category;

    private ColumnMatch(List<String> features, int[] column, String[] category) {
        this.features = features;
        this.column = column;
        this.category = category;
    }

    /**
     * Matches {@code inputColumns} against the features of {@code schema}.
     *
     * @param image  the image shape the model takes, or null for a tabular model
     * @param source the input's name, for error messages
     * @throws ColumnMismatchException  when features are missing or input columns are unknown to the model
     * @throws IllegalArgumentException when an image model gets another number of values per row
     */
    public static ColumnMatch of(InputSchema schema, ImageShape image, List<String> inputColumns, String source) {
        List<String> features = schema.featureNames();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < inputColumns.size(); i++) {
            position.put(inputColumns.get(i), i);
        }
        if (image != null && !position.keySet().containsAll(features)) {
            return byPosition(features, image, inputColumns, source);
        }
        int[] column = new int[features.size()];
        String[] category = new String[features.size()];
        boolean[] used = new boolean[inputColumns.size()];
        List<String> missing = new ArrayList<>();
        for (int f = 0; f < features.size(); f++) {
            String name = features.get(f);
            Integer exact = position.get(name);
            if (exact != null) {
                column[f] = exact;
                used[exact] = true;
                continue;
            }
            column[f] = ABSENT;
            if (!matchCategory(name, position, inputColumns, f, column, category, used)) {
                missing.add(name);
            }
        }
        List<String> unexpected = new ArrayList<>();
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                unexpected.add(inputColumns.get(i));
            }
        }
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            throw new ColumnMismatchException(source, missing, unexpected);
        }
        return new ColumnMatch(features, column, category);
    }

    /** Number of model features. */
    public int features() {
        return column.length;
    }

    /** The input column feeding {@code feature}, or {@link #ABSENT} when the feature is 0 in every row. */
    public int column(int feature) {
        return column[feature];
    }

    /**
     * The category whose rows get 1 in {@code feature}, read from the raw text column {@link #column(int)}; null when
     * the feature copies a number (or is absent).
     */
    public String category(int feature) {
        return category[feature];
    }

    /**
     * The features of {@code data}, whose feature names are the input columns matched, rearranged into the model's
     * order: row-major, {@link #features()} values per row, still unscaled.
     *
     * @throws IllegalArgumentException when a model category would have to be read from a numeric column
     */
    public float[] gather(Dataset data) {
        for (int f = 0; f < category.length; f++) {
            if (category[f] != null) {
                String raw = data.featureNames().get(column[f]);
                throw new IllegalArgumentException(data.name() + " column '" + raw + "' holds numbers, but the model"
                        + " was trained on it as categories (such as '" + features.get(f) + "'); give it the"
                        + " category names it was trained on");
            }
        }
        int width = column.length;
        float[] in = data.features();
        float[] out = new float[data.rows() * width];
        for (int r = 0; r < data.rows(); r++) {
            int from = r * data.cols();
            int to = r * width;
            for (int f = 0; f < width; f++) {
                out[to + f] = column[f] == ABSENT ? 0f : in[from + column[f]];
            }
        }
        return out;
    }

    /**
     * Matches a one-hot feature {@code name = column=value} missing from the input: against a raw column
     * {@code column} first, else as a category absent from an input that expanded {@code column} itself. Names may
     * contain {@code =}, so every split point is tried, the first that fits wins.
     */
    private static boolean matchCategory(String name, Map<String, Integer> position, List<String> inputColumns,
                                         int f, int[] column, String[] category, boolean[] used) {
        for (int eq = name.indexOf('='); eq > 0; eq = name.indexOf('=', eq + 1)) {
            Integer raw = position.get(name.substring(0, eq));
            if (raw != null) {
                column[f] = raw;
                category[f] = name.substring(eq + 1);
                used[raw] = true;
                return true;
            }
        }
        for (int eq = name.indexOf('='); eq > 0; eq = name.indexOf('=', eq + 1)) {
            String prefix = name.substring(0, eq + 1);
            if (inputColumns.stream().anyMatch(c -> c.startsWith(prefix))) {
                return true;
            }
        }
        return false;
    }

    private static ColumnMatch byPosition(List<String> features, ImageShape image, List<String> inputColumns,
                                          String source) {
        if (inputColumns.size() != features.size()) {
            throw new IllegalArgumentException("the model takes " + image + " images (" + features.size()
                    + " values per row), but " + source + " has " + inputColumns.size() + " feature columns; give it"
                    + " images of that shape");
        }
        int[] column = new int[features.size()];
        for (int f = 0; f < column.length; f++) {
            column[f] = f;
        }
        return new ColumnMatch(features, column, new String[features.size()]);
    }
}
