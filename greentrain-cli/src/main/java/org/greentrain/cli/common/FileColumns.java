package org.greentrain.cli.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.greentrain.data.Dataset;

/**
 * The column names of a data file, read from a CSV header or from ARFF's {@code @attribute} lines, and the header name
 * of the label column, for the files {@code reduce} writes and the models {@code train} saves: the name the user gave
 * with {@code --label}, or else the name the input file itself gives the label column (by position, or its last
 * column). Built-in datasets use {@value #DEFAULT}.
 */
public final class FileColumns {

    /** The label column's name when the data has none of its own. */
    public static final String DEFAULT = "class";

    private FileColumns() {
    }

    /**
     * The label column's name.
     *
     * @param input       the input file, or null for a built-in dataset
     * @param labelOption the {@code --label} text (a name or a 0-based index), or null for the last column
     * @param data        the loaded data, whose feature names the default must avoid
     */
    public static String labelName(Path input, String labelOption, Dataset data) throws IOException {
        if (input == null) {
            return data.featureNames().contains(DEFAULT) ? "label" : DEFAULT;
        }
        if (labelOption != null && !labelOption.matches("\\d+")) {
            return labelOption;
        }
        List<String> columns = of(input);
        int index = labelOption == null ? columns.size() - 1 : Integer.parseInt(labelOption);
        return columns.get(index);
    }

    /**
     * The column names of a CSV (its header) or ARFF file (its attributes), in file order.
     *
     * @throws UsageException when the file has no header
     */
    public static List<String> of(Path file) throws IOException {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".arff") ? arffAttributes(file)
                : csvHeader(file);
    }

    private static List<String> csvHeader(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new UsageException(file + " is empty: expected a header row of column names, then data rows");
            }
            CSVRecord header = records.next();
            List<String> columns = new ArrayList<>();
            for (String column : header) {
                columns.add(column.trim());
            }
            columns.set(0, columns.get(0).replace("\uFEFF", "").trim());
            return columns;
        }
    }

    private static List<String> arffAttributes(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String t = line.trim();
                if (t.toLowerCase(Locale.ROOT).startsWith("@data")) {
                    break;
                }
                if (t.toLowerCase(Locale.ROOT).startsWith("@attribute")) {
                    names.add(attributeName(t.substring("@attribute".length()).trim()));
                }
            }
        }
        return names;
    }

    /** The name at the start of an attribute declaration, unquoted. */
    private static String attributeName(String rest) {
        char first = rest.isEmpty() ? ' ' : rest.charAt(0);
        if (first == '\'' || first == '"') {
            int end = rest.indexOf(first, 1);
            return rest.substring(1, end < 0 ? rest.length() : end);
        }
        int space = rest.indexOf(' ');
        int tab = rest.indexOf('\t');
        int end = space < 0 ? tab : tab < 0 ? space : Math.min(space, tab);
        return end < 0 ? rest : rest.substring(0, end);
    }
}
