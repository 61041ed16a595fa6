package org.greentrain.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.greentrain.data.DataInputException;
import org.greentrain.data.Dataset;

/**
 * The fast path of {@link CsvLoader} for the common file, a plain numeric CSV: ASCII text without quotes whose feature
 * cells are all decimal numbers. It reads the bytes in place, numbers straight into the table ({@link AsciiDecimal}),
 * with no String per cell: only one per distinct label. Anything else gives up on the file: a quote, a byte outside
 * printable ASCII (so also a UTF-8 byte-order mark), a lone carriage return, a ragged row, a missing or non-numeric
 * feature cell, any error. {@link CsvLoader} then reads the file again with the general parser, which gives the same
 * dataset or the same error message, so this path changes the speed of loading and nothing else.
 */
final class PlainNumericCsv {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private byte[] buffer = new byte[BUFFER];
    /** Valid bytes are {@code buffer[0, limit)}; the next line starts at {@code next}. */
    private int limit;
    private int next;
    private boolean endOfInput;
    private int lineStart;
    private int lineEnd;
    private long line;
    private final LabelTexts labels = new LabelTexts();
    /** Per header column: its feature position, or -1 for the label and row-id columns. */
    private int[] featureOf;
    private int labelColumn;
    /** The row being read: feature values, label and row id (-1 for a synthetic row or when there are no row ids). */
    private float[] values;
    private String label;
    private long id;

    private PlainNumericCsv(InputStream in) {
        this.in = in;
    }

    /**
     * The dataset in {@code file}, or null when the file is not plain numeric CSV or has any problem: the general
     * parser must read it and report.
     *
     * @param source the file name for messages
     * @param name   the dataset name
     */
    static Dataset tryLoad(Path file, String source, String name, LoadOptions options) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new PlainNumericCsv(in).read(source, name, options);
        } catch (DataInputException e) {
            return null;
        }
    }

    private Dataset read(String source, String name, LoadOptions options) throws IOException {
        List<String> columns = header();
        if (columns == null || columns.size() < 2) {
            return null;
        }
        TableBuilder table = new TableBuilder(source, columns, options,
                (index, column) -> FeatureColumn.inferred(column, source, options.missingIsCategory()), null);
        featureOf = new int[table.columnCount()];
        for (int c = 0; c < featureOf.length; c++) {
            featureOf[c] = table.featureOf(c);
        }
        labelColumn = table.labelColumn();
        values = new float[table.featureCount()];
        while (nextLine()) {
            if (isBlank(lineStart, lineEnd)) {
                continue;
            }
            if (!readRow()) {
                return null;
            }
            table.addNumericRow(line, values, label, id);
        }
        return table.build(name);
    }

    /**
     * Reads the current line into {@link #values}, {@link #label} and {@link #id}; false when it is not a plain row
     * (a cell that is not a number, a label that is not plain text, a row id that is not digits, or the wrong number
     * of cells).
     */
    private boolean readRow() {
        label = null;
        id = -1;
        int column = 0;
        int cellStart = lineStart;
        for (int i = lineStart; i <= lineEnd; i++) {
            if (i < lineEnd && buffer[i] != ',') {
                continue;
            }
            if (column == featureOf.length) {
                return false;
            }
            int from = trimStart(cellStart, i);
            int to = trimEnd(from, i);
            int feature = featureOf[column];
            if (feature >= 0) {
                float value = AsciiDecimal.parseFloat(buffer, from, to);
                if (Float.isNaN(value) || Float.isInfinite(value)) {
                    return false;
                }
                values[feature] = value;
            } else if (column == labelColumn) {
                label = labels.text(buffer, from, to);
                if (label == null) {
                    return false;
                }
            } else {
                id = rowId(from, to);
                if (id < -1) {
                    return false;
                }
            }
            column++;
            cellStart = i + 1;
        }
        return column == featureOf.length;
    }

    /** The trimmed cells of the first non-blank line, or null when there is none or it is not plain. */
    private List<String> header() throws IOException {
        while (nextLine()) {
            if (isBlank(lineStart, lineEnd)) {
                continue;
            }
            List<String> columns = new ArrayList<>();
            int cellStart = lineStart;
            for (int i = lineStart; i <= lineEnd; i++) {
                if (i < lineEnd && buffer[i] != ',') {
                    continue;
                }
                int from = trimStart(cellStart, i);
                int to = trimEnd(from, i);
                if (!isPlainText(buffer, from, to)) {
                    return null;
                }
                columns.add(new String(buffer, from, to - from, StandardCharsets.US_ASCII));
                cellStart = i + 1;
            }
            return columns;
        }
        return null;
    }

    /**
     * The row id in {@code buffer[from, to)}: -1 for an empty cell (a synthetic row), the number for 1 to 18 digits,
     * and -2 for anything else, which the general parser must judge.
     */
    private long rowId(int from, int to) {
        if (from == to) {
            return -1;
        }
        if (to - from > 18) {
            return -2;
        }
        long id = 0;
        for (int i = from; i < to; i++) {
            int c = buffer[i];
            if (c < '0' || c > '9') {
                return -2;
            }
            id = id * 10 + (c - '0');
        }
        return id;
    }

    /**
     * Moves to the next line: {@code buffer[lineStart, lineEnd)} without its line break ({@code \n} or {@code \r\n}).
     * Returns false at the end of the input.
     */
    private boolean nextLine() throws IOException {
        int scan = next;
        while (true) {
            for (int i = scan; i < limit; i++) {
                if (buffer[i] == '\n') {
                    setLine(next, i);
                    next = i + 1;
                    return true;
                }
            }
            if (endOfInput) {
                if (next == limit) {
                    return false;
                }
                setLine(next, limit);
                next = limit;
                return true;
            }
            scan = limit - next;
            fill();
        }
    }

    private void setLine(int start, int end) {
        lineStart = start;
        lineEnd = end > start && buffer[end - 1] == '\r' ? end - 1 : end;
        line++;
    }

    /** Keeps the unread bytes, moved to the front (the buffer doubled when a line fills it), and reads more. */
    private void fill() throws IOException {
        int kept = limit - next;
        if (kept == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        } else if (next > 0) {
            System.arraycopy(buffer, next, buffer, 0, kept);
        }
        next = 0;
        limit = kept;
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            endOfInput = true;
        } else {
            limit += read;
        }
    }

    private boolean isBlank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] != ' ' && buffer[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private int trimStart(int from, int to) {
        while (from < to && (buffer[from] == ' ' || buffer[from] == '\t')) {
            from++;
        }
        return from;
    }

    private int trimEnd(int from, int to) {
        while (to > from && (buffer[to - 1] == ' ' || buffer[to - 1] == '\t')) {
            to--;
        }
        return to;
    }

    /** Printable ASCII, spaces and tabs, and no quote: text whose meaning cannot depend on CSV quoting or encoding. */
    private static boolean isPlainText(byte[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = text[i];
            if ((c < ' ' && c != '\t') || c > '~' || c == '"') {
                return false;
            }
        }
        return true;
    }

    /** One String per distinct label, found by its bytes: an open-addressing table of byte keys. */
    private static final class LabelTexts {
        private byte[][] keys = new byte[16][];
        private String[] texts = new String[16];
        private int size;

        /** The label for {@code text[from, to)}, or null when those bytes are not plain text. */
        String text(byte[] text, int from, int to) {
            int mask = keys.length - 1;
            int slot = hash(text, from, to) & mask;
            while (keys[slot] != null) {
                if (Arrays.equals(keys[slot], 0, keys[slot].length, text, from, to)) {
                    return texts[slot];
                }
                slot = (slot + 1) & mask;
            }
            if (!isPlainText(text, from, to)) {
                return null;
            }
            byte[] key = Arrays.copyOfRange(text, from, to);
            String value = new String(key, StandardCharsets.US_ASCII);
            keys[slot] = key;
            texts[slot] = value;
            if (++size * 2 > keys.length) {
                grow();
            }
            return value;
        }

        private void grow() {
            byte[][] oldKeys = keys;
            String[] oldTexts = texts;
            keys = new byte[oldKeys.length * 2][];
            texts = new String[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int s = 0; s < oldKeys.length; s++) {
                if (oldKeys[s] == null) {
                    continue;
                }
                int slot = hash(oldKeys[s], 0, oldKeys[s].length) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[s];
                texts[slot] = oldTexts[s];
            }
        }

        private static int hash(byte[] text, int from, int to) {
            int hash = 1;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + text[i];
            }
            return hash ^ (hash >>> 16);
        }
    }
}
