package org.greentrain.study.reduction;

import java.util.Locale;

/**
 * The medians over the repeats of one (method, fraction), as the paper aggregates them, with the spread of accuracy,
 * macro-F1 and energy, and the comparison with the full-data baseline of the same study.
 *
 * @param method         the method id, or {@value RunKey#FULL} for the baseline
 * @param keep           the fraction kept, 1 for the baseline
 * @param runs           finished runs aggregated
 * @param accuracy       test accuracy
 * @param macroF1        macro-F1
 * @param macroPrecision median macro precision
 * @param macroRecall    median macro recall
 * @param epsilon        median ε (0 for the baseline; +∞ when most runs lost a class)
 * @param joules         energy of reduction + training
 * @param seconds        median seconds of reduction + training
 * @param reduceJoules   median joules of the reduction alone
 * @param reduceSeconds  median seconds of the reduction alone
 * @param keptRows       median rows trained on
 * @param energyRatio    median joules over the baseline's median joules (NaN without a baseline)
 * @param accuracyRatio  median accuracy over the baseline's median accuracy (NaN without a baseline)
 * @param macroF1Ratio   median macro-F1 over the baseline's (NaN without a baseline)
 */
public record CellStats(String method, double keep, int runs, Spread accuracy, Spread macroF1, double macroPrecision,
                        double macroRecall, double epsilon, Spread joules, double seconds, double reduceJoules,
                        double reduceSeconds, double keptRows, double energyRatio, double accuracyRatio,
                        double macroF1Ratio) {

    /** Whether this is the full-data baseline. */
    public boolean isBaseline() {
        return RunKey.FULL.equals(method);
    }

    /** The energy saved against the baseline, {@code 1 - energyRatio}. */
    public double energySaving() {
        return 1 - energyRatio;
    }

    /** {@code SRS 30%}, or {@code full data}. */
    public String label() {
        return isBaseline() ? "full data" : method.toUpperCase(Locale.ROOT) + " "
                + KeepFractions.format(keep * 100) + "%";
    }
}
