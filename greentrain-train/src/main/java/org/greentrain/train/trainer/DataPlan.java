package org.greentrain.train.trainer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.greentrain.reduce.Reducer;
import org.greentrain.reduce.ReductionMethod;
import org.greentrain.train.spec.SpecFormat;

/**
 * Which rows the model trains on: the whole training set, a set reduced beforehand by a data-reduction method (whose
 * cost is counted in the run), or forgetting-events selection, which pre-trains on all rows and then continues on the
 * rows it selects (data-reduction spec §3.8).
 */
public sealed interface DataPlan {

    /** Train on every row. */
    DataPlan FULL = new Full();

    /** A short description for results, for example {@code full}, {@code srs:0.3}, {@code fes:0.3,init=5}. */
    String describe();

    /**
     * Parses {@code full}, {@code fes:P,init=N} (forgetting events keeping fraction P after N pre-training epochs), or
     * {@code METHOD:P[,key=value...]} for any reduction method of the reduce module, for example {@code srs:0.3} or
     * {@code mms:0.2,metric=l2}.
     *
     * @param seed the reducer's seed (unused by {@code full} and {@code fes})
     * @throws IllegalArgumentException for an unknown method or key, or a missing or bad keep fraction
     */
    static DataPlan parse(String text, long seed) {
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("full")) {
            return FULL;
        }
        int colon = trimmed.indexOf(':');
        String method = (colon < 0 ? trimmed : trimmed.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
        String[] parts = colon < 0 ? new String[0] : trimmed.substring(colon + 1).split(",", -1);
        if (parts.length == 0 || parts[0].isBlank() || parts[0].contains("=")) {
            throw new IllegalArgumentException("data plan '" + trimmed + "' needs a keep fraction first, e.g. "
                    + method + ":0.3");
        }
        double keep;
        try {
            keep = Double.parseDouble(parts[0].trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("data plan '" + trimmed + "': keep fraction must be a number in (0, 1],"
                    + " got '" + parts[0].trim() + "'");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("data plan '" + trimmed + "': setting '" + parts[i].trim()
                        + "' is not key=value");
            }
            params.put(parts[i].substring(0, eq).trim().toLowerCase(Locale.ROOT), parts[i].substring(eq + 1).trim());
        }
        if (method.equals("fes")) {
            String init = params.remove("init");
            if (init == null || !params.isEmpty()) {
                throw new IllegalArgumentException("data plan '" + trimmed + "': forgetting events take exactly one "
                        + "setting, init=EPOCHS, e.g. fes:0.3,init=50");
            }
            try {
                return new ForgettingEvents(keep, Integer.parseInt(init));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("data plan '" + trimmed + "': init must be a whole number of "
                        + "epochs, got '" + init + "'");
            }
        }
        ReductionMethod reduction;
        try {
            reduction = ReductionMethod.parse(method);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + "; or fes (forgetting events), or full");
        }
        return new Reduce(reduction.create(params), keep, seed);
    }

    /** Train on every row. */
    record Full() implements DataPlan {
        @Override
        public String describe() {
            return "full";
        }
    }

    /**
     * Reduce the training set with a data-reduction method before training. The reduction runs inside the run's
     * energy tracker, so its time and energy are part of the run's total.
     *
     * @param reducer      the reduction method, for example from the reduce module's registry
     * @param keepFraction fraction of the training set to keep, in (0, 1]
     * @param seed         seed passed to the reducer
     */
    record Reduce(Reducer reducer, double keepFraction, long seed) implements DataPlan {
        public Reduce {
            Objects.requireNonNull(reducer, "reducer");
            checkFraction(keepFraction);
        }

        @Override
        public String describe() {
            return reducer.method() + ":" + SpecFormat.number(keepFraction);
        }
    }

    /**
     * Forgetting-events selection: {@code initialEpochs} epochs on the full training set, each followed by an
     * eval-mode pass over it in fixed order that counts forgetting events; then per class the
     * {@code trunc(keepFraction n_c)} most-forgotten rows are kept and training continues on them, with the same
     * model and optimizer state, for the remaining epochs of the run.
     *
     * @param keepFraction  fraction to keep, in (0, 1]
     * @param initialEpochs pre-training epochs on the full set, fewer than the run's epochs
     */
    record ForgettingEvents(double keepFraction, int initialEpochs) implements DataPlan {
        public ForgettingEvents {
            checkFraction(keepFraction);
            if (initialEpochs < 1) {
                throw new IllegalArgumentException("forgetting events need at least 1 initial epoch, got "
                        + initialEpochs);
            }
        }

        @Override
        public String describe() {
            return "fes:" + SpecFormat.number(keepFraction) + ",init=" + initialEpochs;
        }
    }

    private static void checkFraction(double keepFraction) {
        if (!(keepFraction > 0 && keepFraction <= 1)) {
            throw new IllegalArgumentException("keep fraction must be in (0, 1], got " + keepFraction);
        }
    }
}
