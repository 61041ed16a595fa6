package org.greentrain.data.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.greentrain.data.DataInputException;
import org.greentrain.data.Dataset;

/**
 * Loads a comma-separated table with a header row into a {@link Dataset}. One column is the class label (see
 * {@link LabelColumn}); the other columns are features: numeric columns are parsed as floats, categorical ones (no
 * numeric value at all) are refused or one-hot expanded per {@link CategoricalPolicy}. Blank lines are skipped and
 * cells are trimmed. Missing values ({@code ""}, {@code ?}, {@code NA}, {@code NaN}), text in a numeric column,
 * infinities, ragged rows, an empty file or a header without rows are refused with the file, 1-based line and column.
 * Row ids are the 0-based data-row positions unless {@link LoadOptions#idColumn()} names a column holding them.
 */
public final class CsvLoader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvLoader() {
    }

    /**
     * Loads {@code file} (UTF-8); the dataset is named after the file without its extension. A plain numeric file
     * (ASCII, no quotes, numbers in every feature cell) takes a fast path that reads bytes in place; any other file, or
     * one with a problem, is read by the general parser.
     */
    public static Dataset load(Path file, LoadOptions options) throws IOException {
        SourceFiles.requireReadable(file);
        Dataset plain = PlainNumericCsv.tryLoad(file, file.toString(), SourceFiles.datasetName(file), options);
        if (plain != null) {
            return plain;
        }
        try (Reader reader = SourceFiles.openText(file)) {
            return load(reader, file.toString(), SourceFiles.datasetName(file), options);
        } catch (CharacterCodingException e) {
            throw SourceFiles.notUtf8(file.toString());
        }
    }

    /**
     * Loads CSV text from {@code reader}, which the caller closes.
     *
     * @param source the file name to put in error messages
     * @param name   the dataset name
     */
    public static Dataset load(Reader reader, String source, String name, LoadOptions options) throws IOException {
        try (CSVParser parser = FORMAT.parse(reader)) {
            RecordCursor cursor = new RecordCursor(parser, source);
            CSVRecord header = cursor.next();
            if (header == null) {
                throw new DataInputException(source
                        + " is empty: expected a header row of column names, then data rows");
            }
            List<String> columns = new ArrayList<>(header.size());
            for (String column : header) {
                columns.add(column.trim());
            }
            if (!columns.isEmpty() && !columns.get(0).isEmpty() && columns.get(0).charAt(0) == BYTE_ORDER_MARK) {
                columns.set(0, columns.get(0).substring(1).trim());
            }
            if (columns.size() < 2) {
                throw new DataInputException(source + " has a single column '" + columns.get(0)
                        + "': a CSV needs feature columns and a label column, separated by commas");
            }
            TableBuilder table = new TableBuilder(source, columns, options,
                    (index, column) -> FeatureColumn.inferred(column, source, options.missingIsCategory()), null);
            for (CSVRecord record = cursor.next(); record != null; record = cursor.next()) {
                table.addRow(cursor.line(), record.toList());
            }
            return table.build(name);
        }
    }

    /** Walks the records of a parser, skipping blank lines and knowing the line on which each record starts. */
    private static final class RecordCursor {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final String source;
        private long line;

        RecordCursor(CSVParser parser, String source) {
            this.parser = parser;
            this.records = parser.iterator();
            this.source = source;
        }

        /** The next non-blank record, or null at the end. */
        CSVRecord next() throws IOException {
            while (true) {
                line = parser.getCurrentLineNumber() + 1;
                try {
                    if (!records.hasNext()) {
                        return null;
                    }
                } catch (UncheckedIOException e) {
                    if (e.getCause() instanceof CSVException) {
                        throw new DataInputException(source + " line " + line + ": malformed CSV ("
                                + e.getCause().getMessage() + "); check the quotes on that line", e);
                    }
                    throw e.getCause();
                }
                CSVRecord record = records.next();
                if (record.size() != 1 || !record.get(0).isBlank()) {
                    return record;
                }
            }
        }

        /** The 1-based line on which the last returned record starts. */
        long line() {
            return line;
        }
    }
}
