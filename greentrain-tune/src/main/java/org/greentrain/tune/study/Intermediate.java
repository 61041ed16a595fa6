package org.greentrain.tune.study;

/**
 * A value reported during a trial, for example the validation accuracy after an epoch, with the joules the trial had
 * used by then (NaN when unknown). Pruners decide on these.
 *
 * @param step   the step or epoch, >= 0
 * @param value  the reported value
 * @param joules cumulative joules of the trial at this step, or NaN
 */
public record Intermediate(long step, double value, double joules) {

    public Intermediate {
        if (step < 0) {
            throw new IllegalArgumentException("step must be >= 0, got " + step);
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("intermediate value at step " + step + " must be finite, got " + value);
        }
        if (!Double.isNaN(joules) && !(joules >= 0 && Double.isFinite(joules))) {
            throw new IllegalArgumentException("joules at step " + step + " must be >= 0, got " + joules);
        }
    }

    /** Whether joules were recorded at this step. */
    public boolean hasJoules() {
        return !Double.isNaN(joules);
    }
}
