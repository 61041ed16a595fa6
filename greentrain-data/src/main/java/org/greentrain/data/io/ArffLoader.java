package org.greentrain.data.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.greentrain.data.DataInputException;
import org.greentrain.data.Dataset;

/**
 * Loads a Weka ARFF file into a {@link Dataset}. Reads {@code @relation}, {@code @attribute NAME TYPE} with TYPE one
 * of {@code numeric}, {@code real}, {@code integer} or a nominal set {@code {a,b,c}}, then the dense rows after
 * {@code @data}. Names and values may be quoted with {@code '} or {@code "}; {@code %} starts a comment. The class
 * is the last attribute unless {@link LoadOptions#label()} says otherwise; nominal features follow the
 * {@link CategoricalPolicy}, and missing values ({@code ?}) are refused like in {@link CsvLoader}. String, date and
 * relational attributes and the sparse row format are refused with a message saying so.
 */
public final class ArffLoader {

    private ArffLoader() {
    }

    /** Loads {@code file} (UTF-8); the dataset is named after the file without its extension. */
    public static Dataset load(Path file, LoadOptions options) throws IOException {
        try (BufferedReader reader = SourceFiles.openText(file)) {
            return load(reader, file.toString(), SourceFiles.datasetName(file), options);
        } catch (CharacterCodingException e) {
            throw SourceFiles.notUtf8(file.toString());
        }
    }

    /**
     * Loads ARFF text from {@code reader}, which the caller closes.
     *
     * @param source the file name to put in error messages
     * @param name   the dataset name
     */
    public static Dataset load(BufferedReader reader, String source, String name, LoadOptions options)
            throws IOException {
        LineReader lines = new LineReader(reader);
        List<Attribute> attributes = readHeader(lines, source);
        List<String> names = new ArrayList<>();
        for (Attribute attribute : attributes) {
            names.add(attribute.name());
        }
        int labelIndex = options.label().indexIn(names, source);
        TableBuilder table = new TableBuilder(source, names, options,
                (index, column) -> attributes.get(index).reader(source, options.missingIsCategory()),
                attributes.get(labelIndex).nominalValues());
        for (String line = lines.next(); line != null; line = lines.next()) {
            String text = line.trim();
            if (text.isEmpty() || text.startsWith("%")) {
                continue;
            }
            if (text.startsWith("{")) {
                throw new DataInputException(source + " line " + lines.number() + ": sparse ARFF rows"
                        + " ({index value, ...}) are not supported; save the data as dense ARFF or CSV");
            }
            table.addRow(lines.number(), splitValues(text, source, lines.number()));
        }
        return table.build(name);
    }

    /** One declared attribute: numeric when {@code nominalValues} is null. */
    private record Attribute(String name, List<String> nominalValues) {
        FeatureColumn reader(String source, boolean missingIsCategory) {
            return nominalValues == null ? FeatureColumn.numeric(name, source)
                    : FeatureColumn.nominal(name, nominalValues, source, missingIsCategory);
        }
    }

    private static List<Attribute> readHeader(LineReader lines, String source) throws IOException {
        List<Attribute> attributes = new ArrayList<>();
        for (String line = lines.next(); line != null; line = lines.next()) {
            String text = line.trim();
            if (text.isEmpty() || text.startsWith("%")) {
                continue;
            }
            String keyword = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            String rest = text.substring(keyword.length()).trim();
            switch (keyword) {
                case "@relation":
                    break;
                case "@attribute":
                    attributes.add(readAttribute(rest, source, lines.number()));
                    break;
                case "@data":
                    if (attributes.isEmpty()) {
                        throw new DataInputException(source + " declares no @attribute before @data");
                    }
                    return attributes;
                default:
                    throw new DataInputException(source + " line " + lines.number() + ": expected @relation, @attribute"
                            + " or @data but found '" + abbreviate(text) + "'; is this an ARFF file?");
            }
        }
        if (attributes.isEmpty()) {
            throw new DataInputException(source + " is not an ARFF file: it has no @attribute or @data lines");
        }
        throw new DataInputException(source + " has no @data line after its attributes; the file is cut short");
    }

    private static Attribute readAttribute(String declaration, String source, long line) {
        String where = source + " line " + line + ": ";
        int[] position = {0};
        String name = readToken(declaration, position, where, true);
        if (name.isEmpty()) {
            throw new DataInputException(where + "@attribute needs a name and a type");
        }
        String type = declaration.substring(position[0]).trim();
        if (type.startsWith("{")) {
            if (!type.endsWith("}")) {
                throw new DataInputException(where + "the values of nominal attribute '" + name
                        + "' must be closed with '}'");
            }
            List<String> values = splitValues(type.substring(1, type.length() - 1), source, line);
            if (values.stream().anyMatch(String::isEmpty) || values.size() != values.stream().distinct().count()) {
                throw new DataInputException(where + "nominal attribute '" + name
                        + "' must list distinct, non-empty values, got {" + String.join(",", values) + "}");
            }
            return new Attribute(name, List.copyOf(values));
        }
        String typeName = type.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        switch (typeName) {
            case "numeric":
            case "real":
            case "integer":
                return new Attribute(name, null);
            case "string":
            case "date":
            case "relational":
                throw new DataInputException(where + "attribute '" + name + "' has type " + typeName
                        + ", but only numeric and nominal attributes can be features or labels: remove it");
            default:
                throw new DataInputException(where + "attribute '" + name + "' has unknown type '" + abbreviate(type)
                        + "'; expected numeric, real, integer or {value,...}");
        }
    }

    /** Splits comma-separated values, unquoting quoted ones and stopping at an unquoted {@code %} comment. */
    private static List<String> splitValues(String text, String source, long line) {
        String where = source + " line " + line + ": ";
        List<String> values = new ArrayList<>();
        int[] position = {0};
        while (true) {
            values.add(readToken(text, position, where, false));
            skipSpaces(text, position);
            if (position[0] >= text.length() || text.charAt(position[0]) == '%') {
                return values;
            }
            if (text.charAt(position[0]) != ',') {
                throw new DataInputException(where + "expected ',' at character " + (position[0] + 1)
                        + " but found '" + text.charAt(position[0]) + "'");
            }
            position[0]++;
        }
    }

    /**
     * Reads one name or value starting at {@code position[0]} and moves past it: a quoted string (with backslash
     * escapes), or bare text up to whitespace (names) or up to a comma or comment (values).
     */
    private static String readToken(String text, int[] position, String where, boolean isName) {
        skipSpaces(text, position);
        int i = position[0];
        if (i < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '"')) {
            char quote = text.charAt(i);
            StringBuilder token = new StringBuilder();
            for (i++; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length()) {
                    token.append(text.charAt(++i));
                } else if (c == quote) {
                    position[0] = i + 1;
                    return token.toString();
                } else {
                    token.append(c);
                }
            }
            throw new DataInputException(where + "a quoted " + (isName ? "name" : "value") + " is not closed with "
                    + quote);
        }
        int start = i;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isName ? Character.isWhitespace(c) || c == '{' : c == ',' || c == '%') {
                break;
            }
            i++;
        }
        position[0] = i;
        return text.substring(start, i).trim();
    }

    private static void skipSpaces(String text, int[] position) {
        while (position[0] < text.length() && Character.isWhitespace(text.charAt(position[0]))) {
            position[0]++;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /** Lines of a reader with their 1-based numbers. */
    private static final class LineReader {
        private final BufferedReader reader;
        private long number;

        LineReader(BufferedReader reader) {
            this.reader = reader;
        }

        String next() throws IOException {
            String line = reader.readLine();
            if (line == null) {
                return null;
            }
            number++;
            return number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
        }

        long number() {
            return number;
        }
    }
}
