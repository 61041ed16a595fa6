package org.greentrain.train.io;

import java.util.List;

/**
 * Input data whose columns are not the features a saved model takes: some are missing, some were never seen in
 * training. The lists let a front end add advice of its own (such as naming the label column) to the one-line message.
 */
public final class ColumnMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** How many names of each list the message shows. */
    private static final int SHOWN = 8;

    private final List<String> missing;
    private final List<String> unexpected;

    /**
     * @param source     the data's name
     * @param missing    model features the input lacks
     * @param unexpected input columns the model does not take
     */
    public ColumnMismatchException(String source, List<String> missing, List<String> unexpected) {
        super(message(source, missing, unexpected));
        this.missing = List.copyOf(missing);
        this.unexpected = List.copyOf(unexpected);
    }

    /** The model features the input lacks. */
    public List<String> missing() {
        return missing;
    }

    /** The input columns the model does not take. */
    public List<String> unexpected() {
        return unexpected;
    }

    private static String message(String source, List<String> missing, List<String> unexpected) {
        StringBuilder m = new StringBuilder(source).append(" does not have the columns the model was trained on:");
        if (!missing.isEmpty()) {
            m.append(" missing ").append(names(missing));
        }
        if (!unexpected.isEmpty()) {
            m.append(missing.isEmpty() ? " " : "; ").append("unexpected ").append(names(unexpected));
        }
        return m.append(" (columns are matched by name, in any order)").toString();
    }

    private static String names(List<String> names) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(SHOWN, names.size()); i++) {
            out.append(i == 0 ? "" : ", ").append('\'').append(names.get(i)).append('\'');
        }
        if (names.size() > SHOWN) {
            out.append(" and ").append(names.size() - SHOWN).append(" more");
        }
        return out.toString();
    }
}
