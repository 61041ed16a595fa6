package org.greentrain.data.io;

import java.util.List;
import org.greentrain.data.DataInputException;

/**
 * Which column of a table holds the class label: by header name, by 0-based position, or the last column (the
 * default, and ARFF's convention for the class attribute).
 */
public sealed interface LabelColumn permits LabelColumn.ByName, LabelColumn.ByIndex, LabelColumn.Last {

    /** The column whose header is {@code name}. */
    static LabelColumn byName(String name) {
        return new ByName(name);
    }

    /** The column at 0-based position {@code index}. */
    static LabelColumn byIndex(int index) {
        return new ByIndex(index);
    }

    /** The last column. */
    static LabelColumn last() {
        return new Last();
    }

    /**
     * The 0-based position of this column among {@code columns}.
     *
     * @param source the file name, for the error message
     * @throws DataInputException when the column does not exist, listing the columns that do
     */
    int indexIn(List<String> columns, String source);

    /** The label is the column with this header name. */
    record ByName(String name) implements LabelColumn {
        public ByName {
            if (name == null || name.isBlank()) {
                throw new DataInputException(
                        "the label column name is empty: give the header name of the class column");
            }
        }

        @Override
        public int indexIn(List<String> columns, String source) {
            int index = columns.indexOf(name);
            if (index < 0) {
                throw new DataInputException(source + " has no column '" + name
                        + "' to use as the label; its columns are: " + ColumnList.of(columns));
            }
            return index;
        }
    }

    /** The label is the column at this 0-based position. */
    record ByIndex(int index) implements LabelColumn {
        @Override
        public int indexIn(List<String> columns, String source) {
            if (index < 0 || index >= columns.size()) {
                throw new DataInputException("label column index " + index + " is outside the " + columns.size()
                        + " columns of " + source + " (0.." + (columns.size() - 1) + "): " + ColumnList.of(columns));
            }
            return index;
        }
    }

    /** The label is the last column. */
    record Last() implements LabelColumn {
        @Override
        public int indexIn(List<String> columns, String source) {
            return columns.size() - 1;
        }
    }
}
