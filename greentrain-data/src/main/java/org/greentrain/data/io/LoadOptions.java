package org.greentrain.data.io;

import java.util.List;
import org.greentrain.data.DataInputException;

/**
 * How to turn a CSV or ARFF table into a {@link org.greentrain.data.Dataset}. Start from {@link #defaults()} and change
 * what differs: {@code LoadOptions.defaults().withLabel(LabelColumn.byName("class")).withCategorical(ONE_HOT)}.
 *
 * @param label             which column holds the class label; default the last column
 * @param categorical       what to do with non-numeric feature columns; default {@link CategoricalPolicy#REJECT}
 * @param missingIsCategory when true, a missing value ({@code ?}, {@code NA}, empty) in a categorical column is a
 *                          category of its own, named {@code ?}; missing numbers are always refused. Default false
 * @param idColumn          a column of non-negative integer row ids (as written by {@link CsvWriter} with an index
 *                          column) that becomes {@link org.greentrain.data.Dataset#rowIds()} instead of a feature, or
 *                          null when row ids are the 0-based data-row positions (the default); an empty cell in it
 *                          marks a synthetic row and reads as id -1
 * @param classNames        the classes in label-index order, so that a test file missing a class still indexes classes
 *                          like its training file; a label outside them is refused. Null (the default) derives the
 *                          classes from the data: the distinct labels, sorted numerically when all are integers and
 *                          lexicographically otherwise
 */
public record LoadOptions(
        LabelColumn label,
        CategoricalPolicy categorical,
        boolean missingIsCategory,
        String idColumn,
        List<String> classNames) {

    public LoadOptions {
        if (label == null || categorical == null) {
            throw new DataInputException("load options need a label column and a categorical policy");
        }
        if (classNames != null) {
            classNames = List.copyOf(classNames);
            if (classNames.isEmpty() || classNames.size() != classNames.stream().distinct().count()) {
                throw new DataInputException("the given class names must be non-empty and distinct, got " + classNames);
            }
        }
    }

    /** Label in the last column, categorical columns rejected, missing values rejected, row ids by position. */
    public static LoadOptions defaults() {
        return new LoadOptions(LabelColumn.last(), CategoricalPolicy.REJECT, false, null, null);
    }

    /** These options with the label in {@code newLabel}. */
    public LoadOptions withLabel(LabelColumn newLabel) {
        return new LoadOptions(newLabel, categorical, missingIsCategory, idColumn, classNames);
    }

    /** These options with another categorical policy. */
    public LoadOptions withCategorical(CategoricalPolicy policy) {
        return new LoadOptions(label, policy, missingIsCategory, idColumn, classNames);
    }

    /** These options with missing categorical values kept as a category {@code ?} (or not). */
    public LoadOptions withMissingAsCategory(boolean missingAsCategory) {
        return new LoadOptions(label, categorical, missingAsCategory, idColumn, classNames);
    }

    /** These options reading row ids from the column named {@code column}. */
    public LoadOptions withIdColumn(String column) {
        return new LoadOptions(label, categorical, missingIsCategory, column, classNames);
    }

    /** These options with the classes fixed to {@code names}, in label-index order. */
    public LoadOptions withClassNames(List<String> names) {
        return new LoadOptions(label, categorical, missingIsCategory, idColumn, names);
    }
}
