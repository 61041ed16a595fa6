package org.greentrain.cli.predict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.greentrain.cli.common.UsageException;
import org.greentrain.data.io.Cells;
import org.greentrain.train.io.ColumnMatch;
import org.greentrain.train.io.SavedModel;

/**
 * Reads a CSV file of rows to predict that has no label column, straight into the model's feature order.
 * greentrain-data's loaders need a label column, so this reader exists for new data, which has none. It follows the
 * loaders' rules for cells ({@link Cells}: trimmed; {@code ""}, {@code ?}, {@code NA} and {@code NaN} are missing and
 * refused in numeric columns; plain decimal numbers only; blank lines skipped) and reads a text column the model took one-hot
 * encoded against the categories the model knows, so an unseen category is refused with its line.
 */
final class UnlabelledCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private static final String MISSING_CATEGORY = "?";

    private final Path file;
    private final List<String> columns;
    private final ColumnMatch match;
    /** Per input column, the categories the model knows when the column is categorical, else null. */
    private final Set<String>[] categories;

    private UnlabelledCsv(Path file, List<String> columns, ColumnMatch match) {
        this.file = file;
        this.columns = columns;
        this.match = match;
        @SuppressWarnings("unchecked")
        Set<String>[] known = new Set[columns.size()];
        for (int f = 0; f < match.features(); f++) {
            if (match.category(f) != null) {
                if (known[match.column(f)] == null) {
                    known[match.column(f)] = new LinkedHashSet<>();
                }
                known[match.column(f)].add(match.category(f));
            }
        }
        this.categories = known;
    }

    /**
     * The rows of {@code file}, whose header is {@code columns}, as {@code model} takes them.
     *
     * @throws org.greentrain.train.io.ColumnMismatchException when the columns are not the model's
     * @throws UsageException for a bad cell, a ragged row, malformed CSV or a file without data rows
     */
    static PredictionInput read(Path file, List<String> columns, SavedModel model, String name) throws IOException {
        ColumnMatch match = model.matchColumns(columns, name);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(reader)) {
            return new UnlabelledCsv(file, columns, match).rows(parser, name);
        } catch (CharacterCodingException e) {
            throw new UsageException(file + " is not UTF-8 text: save it as UTF-8 CSV", e);
        }
    }

    private PredictionInput rows(CSVParser parser, String name) {
        int width = match.features();
        float[] values = new float[width * 1024];
        int rows = 0;
        boolean header = true;
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            long line = parser.getCurrentLineNumber() + 1;
            CSVRecord record = next(records, line);
            if (record == null) {
                break;
            }
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            if (record.size() != columns.size()) {
                throw new UsageException(file + " line " + line + " has " + record.size() + " values but the header"
                        + " has " + columns.size() + " columns; every row needs one value per column");
            }
            if ((long) (rows + 1) * width > Integer.MAX_VALUE - 8) {
                throw new UsageException(file + " is too large to predict in one go: split it into smaller files");
            }
            if ((rows + 1) * width > values.length) {
                values = Arrays.copyOf(values, (int) Math.min(Integer.MAX_VALUE - 8, 2L * values.length));
            }
            readRow(record, line, values, rows * width);
            rows++;
        }
        if (rows == 0) {
            throw new UsageException(file + " has a header but no data rows");
        }
        long[] rowIds = new long[rows];
        Arrays.setAll(rowIds, r -> r);
        return new PredictionInput(name, Arrays.copyOf(values, rows * width), rowIds, null, null);
    }

    /** The next record, or null at the end; malformed CSV and text that is not UTF-8 are refused. */
    private CSVRecord next(Iterator<CSVRecord> records, long line) {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new UsageException(file + " is not UTF-8 text: save it as UTF-8 CSV", e);
            }
            throw new UsageException(file + " line " + line + ": malformed CSV (" + e.getCause().getMessage()
                    + "); check the quotes on that line", e);
        }
    }

    private void readRow(CSVRecord record, long line, float[] values, int offset) {
        String[] cells = new String[columns.size()];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = record.get(c).trim();
            if (categories[c] != null) {
                cells[c] = category(cells[c], c, line);
            }
        }
        for (int f = 0; f < match.features(); f++) {
            int c = match.column(f);
            if (c == ColumnMatch.ABSENT) {
                values[offset + f] = 0;
            } else if (match.category(f) != null) {
                values[offset + f] = cells[c].equals(match.category(f)) ? 1 : 0;
            } else {
                values[offset + f] = number(cells[c], c, line);
            }
        }
    }

    /** A categorical cell as the model's category: a missing value is the category {@code ?} if the model has one. */
    private String category(String cell, int column, long line) {
        String value = Cells.isMissing(cell) && categories[column].contains(MISSING_CATEGORY) ? MISSING_CATEGORY : cell;
        if (!categories[column].contains(value)) {
            throw new UsageException(location(column, line) + Cells.quote(cell) + " is not one of the categories the"
                    + " model was trained on: " + String.join(", ", categories[column]));
        }
        return value;
    }

    private float number(String cell, int column, long line) {
        if (Cells.isMissing(cell)) {
            throw new UsageException(location(column, line) + "missing value " + Cells.describeMissing(cell)
                    + "; fill it in or drop the row");
        }
        if (!Cells.isDecimal(cell)) {
            throw new UsageException(location(column, line) + Cells.quote(cell) + " is not a number");
        }
        float value = Float.parseFloat(cell);
        if (Float.isInfinite(value)) {
            throw new UsageException(location(column, line) + Cells.quote(cell) + " is too large for a 32-bit float"
                    + " (max " + Float.MAX_VALUE + ")");
        }
        return value;
    }

    private String location(int column, long line) {
        return Cells.location(file.toString(), line, columns.get(column));
    }
}
