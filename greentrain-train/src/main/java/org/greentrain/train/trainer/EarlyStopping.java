package org.greentrain.train.trainer;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.greentrain.train.spec.SpecFormat;

/**
 * Stop training when the evaluation set (the request's test set, used as a validation set) has not improved for
 * {@code patience} epochs. {@link Monitor#LOSS} watches the mean cross-entropy (lower is better),
 * {@link Monitor#ACCURACY} the accuracy (higher is better); an epoch improves when it beats the best so far by more
 * than {@code minDelta}. The model kept is the one after the last epoch run, not the best one. Written
 * {@code loss:5} or {@code accuracy:3:0.001}.
 *
 * @param monitor  what to watch
 * @param patience epochs without improvement before stopping, at least 1
 * @param minDelta smallest change that counts as an improvement, at least 0
 */
public record EarlyStopping(Monitor monitor, int patience, double minDelta) {

    /** The quantity watched on the evaluation set. */
    public enum Monitor { LOSS, ACCURACY }

    public EarlyStopping {
        if (patience < 1) {
            throw new IllegalArgumentException("early-stopping patience must be at least 1 epoch, got " + patience);
        }
        if (!(minDelta >= 0) || Double.isInfinite(minDelta)) {
            throw new IllegalArgumentException("early-stopping min delta must be >= 0, got " + minDelta);
        }
    }

    /**
     * Parses {@code loss:PATIENCE[:MIN_DELTA]} or {@code accuracy:PATIENCE[:MIN_DELTA]}.
     *
     * @throws IllegalArgumentException naming the expected form
     */
    public static EarlyStopping parse(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split(":", -1);
        Monitor monitor;
        int patience;
        double minDelta;
        try {
            if (parts.length < 2 || parts.length > 3) {
                throw new IllegalArgumentException("wrong number of parts");
            }
            monitor = Monitor.valueOf(parts[0].toUpperCase(Locale.ROOT));
            patience = Integer.parseInt(parts[1]);
            minDelta = parts.length == 3 ? Double.parseDouble(parts[2]) : 0;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("early stopping must be loss:PATIENCE or accuracy:PATIENCE[:MIN_DELTA], "
                    + "e.g. loss:5; got '" + text + "'");
        }
        return new EarlyStopping(monitor, patience, minDelta);
    }

    /** The canonical text form. */
    @JsonValue
    public String canonical() {
        return monitor.name().toLowerCase(Locale.ROOT) + ":" + patience
                + (minDelta == 0 ? "" : ":" + SpecFormat.number(minDelta));
    }

    /** Whether {@code value} improves on {@code best} for this monitor. */
    boolean improves(double value, double best) {
        return monitor == Monitor.LOSS ? value < best - minDelta : value > best + minDelta;
    }
}
