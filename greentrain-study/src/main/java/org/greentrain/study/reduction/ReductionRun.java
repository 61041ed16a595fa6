package org.greentrain.study.reduction;

import java.util.List;

/**
 * One finished run of a reduction study, as stored. Time and energy cover the reduction and the training, as the
 * paper's (model set-up and tensors included; the test evaluation and the ε computation excluded); for forgetting
 * events the reduction is the pre-training on all rows plus the selection.
 *
 * @param trial               the trial number in the study
 * @param iteration           the repeat, from 0
 * @param method              the method id, or {@value RunKey#FULL}
 * @param keep                the fraction kept, 1 for the baseline
 * @param accuracy            test accuracy
 * @param macroPrecision      macro precision (classes never predicted left out, as scikit-learn with NaN)
 * @param macroRecall         macro recall
 * @param macroF1             macro F1
 * @param epsilon             ε-representativeness of the reduced training part (L∞ on min-max-scaled features); 0
 *                            for the baseline; +∞ when a class lost every row
 * @param epsilonPerClass     ε of each class, by label
 * @param trainRows           rows of the training part before reduction
 * @param testRows            rows of the test part
 * @param keptRows            rows trained on after reduction
 * @param reduceSeconds       seconds of the reduction
 * @param reduceJoules        joules of the reduction
 * @param trainSeconds        seconds of the training
 * @param trainJoules         joules of the training
 * @param seconds             reduction + training seconds
 * @param joules              reduction + training joules
 * @param lowerJoules         lowest plausible joules
 * @param upperJoules         highest plausible joules
 * @param co2eGrams           grams of CO2e of the run
 * @param provenance          where the joules come from, for example {@code constant-model}
 * @param processShare        share of the machine's CPU time this process had during the run (1 when unknown)
 * @param notes               the reduction's warnings, for example a class that contributed no rows
 */
public record ReductionRun(int trial, int iteration, String method, double keep, double accuracy,
                           double macroPrecision, double macroRecall, double macroF1, double epsilon,
                           double[] epsilonPerClass, int trainRows, int testRows, int keptRows, double reduceSeconds,
                           double reduceJoules, double trainSeconds, double trainJoules, double seconds,
                           double joules, double lowerJoules, double upperJoules, double co2eGrams,
                           String provenance, double processShare, List<String> notes) {

    public ReductionRun {
        epsilonPerClass = epsilonPerClass.clone();
        notes = List.copyOf(notes);
    }

    /** A copy of the per-class ε. */
    @Override
    public double[] epsilonPerClass() {
        return epsilonPerClass.clone();
    }

    /** Whether this is a full-data baseline run. */
    public boolean isBaseline() {
        return RunKey.FULL.equals(method);
    }

    /** The run's identity, as {@link RunKey#id()}. */
    public String id() {
        return RunKey.id(iteration, method, keep);
    }
}
