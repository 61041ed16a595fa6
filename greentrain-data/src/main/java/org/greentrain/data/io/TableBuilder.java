package org.greentrain.data.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greentrain.data.DataInputException;
import org.greentrain.data.Dataset;

/**
 * Assembles a {@link Dataset} from the rows of a CSV or ARFF table, one row of trimmed text cells at a time, applying
 * {@link LoadOptions}: which column is the label, which holds row ids, and how categorical columns are expanded. Cells
 * are kept as row-major floats in {@link RowBlocks} while reading (the number, or the category code of a text cell),
 * so memory stays at about one float per cell.
 */
final class TableBuilder {

    /** The row id of a synthetic row, read from an empty row-id cell. */
    private static final long SYNTHETIC_ID = -1;

    /** The largest array the JVM reliably allocates. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private final String source;
    private final LoadOptions options;
    private final int columnCount;
    private final int labelIndex;
    private final int idIndex;
    private final int[] featureOfColumn;
    private final FeatureColumn[] features;
    private final ClassLabels labels;
    private final RowBlocks cells;
    private long[] ids;
    private int rows;

    /**
     * @param columns        every column name, in file order
     * @param featureOf      how to read each column that is neither the label nor the row ids
     * @param declaredLabels the values the label may take when the format declares them, else null
     */
    TableBuilder(String source, List<String> columns, LoadOptions options, ColumnReaders featureOf,
                 List<String> declaredLabels) {
        this.source = source;
        this.options = options;
        this.columnCount = columns.size();
        requireDistinct(columns);
        this.labelIndex = options.label().indexIn(columns, source);
        if (options.idColumn() != null) {
            this.idIndex = columns.indexOf(options.idColumn());
            if (idIndex < 0) {
                throw new DataInputException(source + " has no row-id column '" + options.idColumn()
                        + "'; its columns are: " + ColumnList.of(columns));
            }
            if (idIndex == labelIndex) {
                throw new DataInputException("column '" + options.idColumn() + "' of " + source
                        + " cannot be both the label and the row ids");
            }
            this.ids = new long[1024];
        } else {
            this.idIndex = -1;
        }
        this.featureOfColumn = new int[columnCount];
        List<FeatureColumn> featureList = new ArrayList<>();
        for (int c = 0; c < columnCount; c++) {
            if (c == labelIndex || c == idIndex) {
                featureOfColumn[c] = -1;
            } else {
                featureOfColumn[c] = featureList.size();
                featureList.add(featureOf.reader(c, columns.get(c)));
            }
        }
        if (featureList.isEmpty()) {
            throw new DataInputException(source + " has no feature columns besides the label '"
                    + columns.get(labelIndex) + "'");
        }
        this.features = featureList.toArray(new FeatureColumn[0]);
        this.cells = new RowBlocks(features.length);
        this.labels = new ClassLabels(columns.get(labelIndex), source, options.classNames(), declaredLabels);
    }

    /** How to read the feature column at position {@code index} named {@code name}. */
    @FunctionalInterface
    interface ColumnReaders {
        FeatureColumn reader(int index, String name);
    }

    /**
     * Adds one data row.
     *
     * @param line     the 1-based line of the row in its file, for error messages
     * @param rowCells the row's cells in column order, untrimmed
     */
    void addRow(long line, List<String> rowCells) {
        if (rowCells.size() != columnCount) {
            throw new DataInputException(source + " line " + line + " has " + rowCells.size() + " values but the header"
                    + " has " + columnCount + " columns; every row needs one value per column");
        }
        int row = reserveRow();
        float[] block = cells.block(row);
        int offset = cells.offset(row);
        for (int c = 0; c < columnCount; c++) {
            String value = rowCells.get(c).trim();
            int f = featureOfColumn[c];
            if (f >= 0) {
                block[offset + f] = features[f].accept(value, line);
            } else if (c == labelIndex) {
                labels.accept(value, line);
            } else {
                addId(value, line);
            }
        }
        rows++;
    }

    /**
     * Adds one data row whose feature cells were all numbers, already read (the plain numeric CSV fast path).
     *
     * @param line   the 1-based line of the row in its file, for error messages
     * @param values the row's feature values in feature order ({@link #featureOf})
     * @param label  the trimmed label cell
     * @param id     the row id, or -1 for a synthetic row; ignored when the table has no row-id column
     */
    void addNumericRow(long line, float[] values, String label, long id) {
        int row = reserveRow();
        System.arraycopy(values, 0, cells.block(row), cells.offset(row), features.length);
        labels.accept(label, line);
        if (idIndex >= 0) {
            storeId(id);
        }
        rows++;
    }

    /** Number of columns in the header. */
    int columnCount() {
        return columnCount;
    }

    /** Number of feature columns before categorical expansion. */
    int featureCount() {
        return features.length;
    }

    /** The feature position of header column {@code column}, or -1 for the label and row-id columns. */
    int featureOf(int column) {
        return featureOfColumn[column];
    }

    /** The position of the label column in the header. */
    int labelColumn() {
        return labelIndex;
    }

    /** The position of the row-id column in the header, or -1 when row ids are row positions. */
    int idColumn() {
        return idIndex;
    }

    /** Makes room for one more row of feature cells; returns its index. */
    private int reserveRow() {
        if ((long) (rows + 1) * features.length > MAX_ARRAY) {
            throw new DataInputException(source + " is too large: more than " + MAX_ARRAY
                    + " feature values do not fit in one array; load a subset of its rows");
        }
        return cells.append();
    }

    /** The dataset, or the error of the earliest unusable cell. */
    Dataset build(String name) {
        if (rows == 0) {
            throw new DataInputException(source + " has a header but no data rows");
        }
        failOnEarliestProblem();
        ClassLabels.Encoded encoded = labels.encode();
        List<String> names = new ArrayList<>();
        int[] offsetOf = new int[features.length];
        FeatureColumn.SortedCategories[] categories = new FeatureColumn.SortedCategories[features.length];
        for (int f = 0; f < features.length; f++) {
            offsetOf[f] = names.size();
            if (features[f].isCategorical()) {
                categories[f] = features[f].sortedCategories();
                for (String category : categories[f].names()) {
                    names.add(features[f].name() + "=" + category);
                }
            } else {
                names.add(features[f].name());
            }
        }
        requireDistinctOneHotNames(names);
        float[] values = expand(names.size(), offsetOf, categories);
        long[] rowIds = ids == null ? null : Arrays.copyOf(ids, rows);
        return new Dataset(name, values, rows, names.size(), encoded.labels(), encoded.classNames(), names, rowIds,
                null);
    }

    /** One-hot names ({@code colour=red}) may repeat a column already named so; the output would then be ambiguous. */
    private void requireDistinctOneHotNames(List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                throw new DataInputException(source + ": one-hot encoding makes a column named '" + n
                        + "', but a column of that name already exists; rename one of them");
            }
        }
    }

    private float[] expand(int width, int[] offsetOf, FeatureColumn.SortedCategories[] categories) {
        int stored = features.length;
        if (width == stored) {
            return cells.toArray();
        }
        if ((long) rows * width > MAX_ARRAY) {
            throw new DataInputException(source + ": expanding its categorical columns gives " + width + " columns x "
                    + rows + " rows, too many values for one array; remove the columns with many distinct values");
        }
        float[] out = new float[rows * width];
        for (int r = 0; r < rows; r++) {
            float[] block = cells.block(r);
            int in = cells.offset(r);
            int base = r * width;
            for (int f = 0; f < stored; f++) {
                float cell = block[in + f];
                if (categories[f] == null) {
                    out[base + offsetOf[f]] = cell;
                } else {
                    out[base + offsetOf[f] + categories[f].rankOfCode()[(int) cell]] = 1f;
                }
            }
        }
        return out;
    }

    private void failOnEarliestProblem() {
        FeatureColumn worst = null;
        long worstLine = Long.MAX_VALUE;
        for (FeatureColumn column : features) {
            long line = column.firstProblemLine(options.categorical());
            if (line >= 0 && line < worstLine) {
                worst = column;
                worstLine = line;
            }
        }
        if (worst != null) {
            throw worst.problem(options.categorical());
        }
    }

    /** Records the row id of the next row: a non-negative integer, or an empty cell for a synthetic row (id -1). */
    private void addId(String value, long line) {
        long id = SYNTHETIC_ID;
        if (!value.isEmpty()) {
            try {
                id = Long.parseLong(value);
            } catch (NumberFormatException e) {
                id = -1;
            }
            if (id < 0) {
                throw new DataInputException(Cells.location(source, line, options.idColumn()) + Cells.quote(value)
                        + " is not a row id (a non-negative integer, or empty for a synthetic row)");
            }
        }
        storeId(id);
    }

    private void storeId(long id) {
        if (rows == ids.length) {
            ids = Arrays.copyOf(ids, ids.length * 2);
        }
        ids[rows] = id;
    }

    private void requireDistinct(List<String> columns) {
        Map<String, Integer> firstPosition = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).isEmpty()) {
                throw new DataInputException("column " + (c + 1) + " of the header of " + source
                        + " has no name; every column needs a name");
            }
            Integer first = firstPosition.putIfAbsent(columns.get(c), c);
            if (first != null) {
                throw new DataInputException("column '" + columns.get(c) + "' appears twice in the header of " + source
                        + " (columns " + (first + 1) + " and " + (c + 1) + "); rename one");
            }
        }
    }
}
