package org.greentrain.data.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.greentrain.data.DataInputException;

/**
 * The label column while a table is read, and the rule that turns label values into class indices. Without given
 * class names the classes are the distinct labels sorted numerically when all are integers (so "1" and "01" are one
 * class, named "1") and lexicographically otherwise; the label index is the position in that order.
 */
final class ClassLabels {

    private final String column;
    private final String source;
    private final List<String> givenClasses;
    private final boolean restricted;
    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> valuesByCode = new ArrayList<>();
    private int[] labelCodes = new int[1024];
    private int rows;

    /**
     * @param givenClasses the classes in label order (labels outside them are refused), or null to derive them
     * @param declared     values a label may take (ARFF nominal class), also classes when absent from the data; or
     *                     null when any value is allowed
     */
    ClassLabels(String column, String source, List<String> givenClasses, List<String> declared) {
        this.column = column;
        this.source = source;
        this.givenClasses = givenClasses;
        List<String> allowed = givenClasses != null ? givenClasses : declared;
        this.restricted = allowed != null;
        if (allowed != null) {
            allowed.forEach(this::codeOf);
        }
    }

    /** Records the label of the next row. */
    void accept(String value, long line) {
        if (Cells.isMissing(value)) {
            throw new DataInputException(Cells.location(source, line, column) + "missing label "
                    + Cells.describeMissing(value) + "; every row needs a class: drop the unlabelled rows");
        }
        Integer code = codes.get(value);
        if (code == null) {
            if (restricted) {
                throw new DataInputException(Cells.location(source, line, column) + Cells.quote(value)
                        + " is not one of the classes " + String.join(", ", valuesByCode));
            }
            code = codeOf(value);
        }
        if (rows == labelCodes.length) {
            labelCodes = Arrays.copyOf(labelCodes, Math.max(1024, rows * 2));
        }
        labelCodes[rows++] = code;
    }

    /** The class names in label order and the label index of every row. */
    Encoded encode() {
        if (givenClasses != null) {
            return new Encoded(givenClasses, Arrays.copyOf(labelCodes, rows));
        }
        int[] classOfCode = new int[valuesByCode.size()];
        List<String> classes = allIntegers() ? integerClasses(classOfCode) : textClasses(classOfCode);
        int[] labels = new int[rows];
        for (int r = 0; r < rows; r++) {
            labels[r] = classOfCode[labelCodes[r]];
        }
        return new Encoded(classes, labels);
    }

    /** Class names in label order, and one label index per row. */
    record Encoded(List<String> classNames, int[] labels) {
    }

    private boolean allIntegers() {
        for (String value : valuesByCode) {
            if (!isInteger(value)) {
                return false;
            }
        }
        return true;
    }

    private List<String> integerClasses(int[] classOfCode) {
        TreeMap<Long, Integer> classOfValue = new TreeMap<>();
        for (String value : valuesByCode) {
            classOfValue.put(Long.parseLong(value), 0);
        }
        List<String> classes = new ArrayList<>();
        for (Map.Entry<Long, Integer> entry : classOfValue.entrySet()) {
            entry.setValue(classes.size());
            classes.add(Long.toString(entry.getKey()));
        }
        for (int code = 0; code < classOfCode.length; code++) {
            classOfCode[code] = classOfValue.get(Long.parseLong(valuesByCode.get(code)));
        }
        return classes;
    }

    private List<String> textClasses(int[] classOfCode) {
        List<String> classes = new ArrayList<>(valuesByCode);
        classes.sort(null);
        Map<String, Integer> classOfValue = new HashMap<>();
        for (int c = 0; c < classes.size(); c++) {
            classOfValue.put(classes.get(c), c);
        }
        for (int code = 0; code < classOfCode.length; code++) {
            classOfCode[code] = classOfValue.get(valuesByCode.get(code));
        }
        return classes;
    }

    /** Optional sign then 1 to 18 digits: always fits a long. */
    private static boolean isInteger(String value) {
        int start = value.startsWith("-") || value.startsWith("+") ? 1 : 0;
        int digits = value.length() - start;
        if (digits < 1 || digits > 18) {
            return false;
        }
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private int codeOf(String value) {
        Integer code = codes.get(value);
        if (code != null) {
            return code;
        }
        codes.put(value, valuesByCode.size());
        valuesByCode.add(value);
        return valuesByCode.size() - 1;
    }
}
