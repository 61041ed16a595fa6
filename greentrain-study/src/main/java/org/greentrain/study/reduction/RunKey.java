package org.greentrain.study.reduction;

/**
 * One run of a reduction study: a repeat (its own train/test split), a method and the fraction it keeps. The full-data
 * baseline of a repeat is the run of method {@value #FULL} at fraction 1.
 *
 * @param order     position in the study's execution order, from 0
 * @param iteration the repeat, from 0
 * @param method    a reduction method id such as {@code srs}, or {@value #FULL}
 * @param keep      the fraction of the training part kept, 1 for the baseline
 */
public record RunKey(int order, int iteration, String method, double keep) {

    /** The method name of the full-data baseline. */
    public static final String FULL = "full";

    /** Whether this is the full-data baseline of its repeat. */
    public boolean isBaseline() {
        return FULL.equals(method);
    }

    /** The identity of the run in storage, for example {@code srs|0.3|2}. */
    public String id() {
        return id(iteration, method, keep);
    }

    /** The identity of a run from its parts. */
    static String id(int iteration, String method, double keep) {
        return method + "|" + KeepFractions.format(keep) + "|" + iteration;
    }

    /** The run for progress and messages, for example {@code srs keep 0.3, repeat 3}. */
    public String describe() {
        return (isBaseline() ? "full data" : method + " keep " + KeepFractions.format(keep)) + ", repeat "
                + (iteration + 1);
    }
}
