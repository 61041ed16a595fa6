package org.greentrain.data.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greentrain.data.DataInputException;

/**
 * One feature column while a table is read: turns each cell into the float the table stores (the number, or the
 * category code of a text cell) and remembers what it needs to decide, at the end, whether the column is numeric or
 * categorical and which cell to blame if it is neither. A CSV column's kind is inferred: categorical when none of its
 * values is a number, numeric otherwise, and then any text in it is an error. An ARFF column's kind is declared.
 */
final class FeatureColumn {

    /** The category name a missing categorical value gets when missing values are kept as a category. */
    static final String MISSING_CATEGORY = "?";

    /** Category codes are stored in a float, exact up to 2^24. */
    private static final int MAX_CATEGORIES = 1 << 24;

    private enum Kind { INFERRED, NUMERIC, NOMINAL }

    private final String name;
    private final Kind kind;
    private final String source;
    private final boolean missingIsCategory;
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> categoriesByCode = new ArrayList<>();
    private int numbers;
    private int texts;
    private long firstTextLine = -1;
    private String firstText;
    private long firstMissingLine = -1;
    private String firstMissing;

    private FeatureColumn(String name, Kind kind, String source, boolean missingIsCategory) {
        this.name = name;
        this.kind = kind;
        this.source = source;
        this.missingIsCategory = missingIsCategory;
    }

    /** A CSV column: numeric or categorical, decided by its values. */
    static FeatureColumn inferred(String name, String source, boolean missingIsCategory) {
        return new FeatureColumn(name, Kind.INFERRED, source, missingIsCategory);
    }

    /** An ARFF {@code numeric}, {@code real} or {@code integer} attribute. */
    static FeatureColumn numeric(String name, String source) {
        return new FeatureColumn(name, Kind.NUMERIC, source, false);
    }

    /** An ARFF nominal attribute with its declared values. */
    static FeatureColumn nominal(String name, List<String> values, String source, boolean missingIsCategory) {
        FeatureColumn column = new FeatureColumn(name, Kind.NOMINAL, source, missingIsCategory);
        values.forEach(column::codeOf);
        return column;
    }

    String name() {
        return name;
    }

    /**
     * The value to store for one cell.
     *
     * @param value the trimmed cell text
     * @throws DataInputException for a cell that is wrong whatever the column turns out to be
     */
    float accept(String value, long line) {
        if (Cells.isMissing(value)) {
            if (!missingIsCategory || kind == Kind.NUMERIC) {
                throw missing(location(line), value);
            }
            if (firstMissingLine < 0) {
                firstMissingLine = line;
                firstMissing = value;
            }
            if (kind == Kind.NOMINAL) {
                noteText(value, line);
            }
            return codeOf(MISSING_CATEGORY);
        }
        switch (kind) {
            case NUMERIC:
                if (!Cells.isNumber(value)) {
                    throw new DataInputException(location(line) + Cells.quote(value) + " is not a number");
                }
                return toFloat(value, line);
            case NOMINAL:
                Integer code = codes.get(value);
                if (code == null) {
                    throw new DataInputException(location(line) + Cells.quote(value)
                            + " is not one of the declared values {" + String.join(",", categoriesByCode) + "}");
                }
                noteText(value, line);
                return code;
            default:
                if (Cells.isNumber(value)) {
                    numbers++;
                    return toFloat(value, line);
                }
                noteText(value, line);
                return codeOf(value);
        }
    }

    /** True when the column holds categories rather than numbers. */
    boolean isCategorical() {
        return kind == Kind.NOMINAL || (kind == Kind.INFERRED && numbers == 0 && texts > 0);
    }

    /**
     * The line of the earliest cell that makes this column unusable, or -1 if it is fine. Numeric columns cannot hold
     * text or missing values; categorical ones are refused under {@link CategoricalPolicy#REJECT}.
     */
    long firstProblemLine(CategoricalPolicy policy) {
        if (isCategorical()) {
            return policy == CategoricalPolicy.REJECT ? firstTextLine : -1;
        }
        return earliest(firstTextLine, firstMissingLine);
    }

    /** The one-line error for {@link #firstProblemLine}. */
    DataInputException problem(CategoricalPolicy policy) {
        if (isCategorical()) {
            return new DataInputException(source + " column '" + name + "' is categorical (line " + firstTextLine
                    + " has " + Cells.quote(firstText) + "): load it with the one-hot categorical option (--one-hot on"
                    + " the command line) to expand it into one 0/1 column per value, or remove the column");
        }
        String location = location(firstProblemLine(policy));
        if (firstTextLine >= 0 && (firstMissingLine < 0 || firstTextLine < firstMissingLine)) {
            return new DataInputException(location + Cells.quote(firstText) + " is not a number");
        }
        return missing(location, firstMissing);
    }

    /** The categories sorted lexicographically, and for each code its position in that order. */
    SortedCategories sortedCategories() {
        List<String> sorted = new ArrayList<>(categoriesByCode);
        Collections.sort(sorted);
        int[] rankOfCode = new int[categoriesByCode.size()];
        for (int code = 0; code < rankOfCode.length; code++) {
            rankOfCode[code] = Collections.binarySearch(sorted, categoriesByCode.get(code));
        }
        return new SortedCategories(List.copyOf(sorted), rankOfCode);
    }

    /** Categories in sorted order and the sorted position of each category code. */
    record SortedCategories(List<String> names, int[] rankOfCode) {
    }

    private float toFloat(String value, long line) {
        float number = Cells.toFloat(value);
        if (Float.isInfinite(number)) {
            String why = Cells.isDecimal(value) ? " is too large for a 32-bit float (max " + Float.MAX_VALUE + ")"
                    : " is not a finite number";
            throw new DataInputException(location(line) + Cells.quote(value) + why);
        }
        return number;
    }

    private String location(long line) {
        return Cells.location(source, line, name);
    }

    private void noteText(String value, long line) {
        texts++;
        if (firstTextLine < 0) {
            firstTextLine = line;
            firstText = value;
        }
    }

    private int codeOf(String category) {
        Integer code = codes.get(category);
        if (code != null) {
            return code;
        }
        if (categoriesByCode.size() == MAX_CATEGORIES) {
            throw new DataInputException(source + " column '" + name + "' has more than " + MAX_CATEGORIES
                    + " distinct values; it cannot be categorical: remove it");
        }
        int newCode = categoriesByCode.size();
        codes.put(category, newCode);
        categoriesByCode.add(category);
        return newCode;
    }

    private static DataInputException missing(String location, String value) {
        return new DataInputException(location + "missing value " + Cells.describeMissing(value)
                + "; fill it in or drop the row before loading");
    }

    private static long earliest(long a, long b) {
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }
}
