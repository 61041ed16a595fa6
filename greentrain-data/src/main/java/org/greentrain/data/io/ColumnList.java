package org.greentrain.data.io;

import java.util.List;

/** Column names listed in an error message, shortened when a table is wide (an image CSV has hundreds). */
final class ColumnList {

    private static final int MAX_LISTED = 20;

    private ColumnList() {
    }

    /** {@code a, b, c}, or the first names and how many more. */
    static String of(List<String> columns) {
        if (columns.size() <= MAX_LISTED) {
            return String.join(", ", columns);
        }
        return String.join(", ", columns.subList(0, MAX_LISTED)) + ", ... (" + (columns.size() - MAX_LISTED)
                + " more)";
    }
}
