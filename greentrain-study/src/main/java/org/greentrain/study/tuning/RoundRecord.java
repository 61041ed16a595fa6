package org.greentrain.study.tuning;

import org.greentrain.tune.space.Params;
import org.greentrain.tune.study.TrialState;

/**
 * One finished round of a search: the trial that ran it, what it scored and cost, and where the search stood after it.
 *
 * @param round            1-based round number in its search
 * @param trial            the trial's number in its tune study
 * @param state            COMPLETE, or PRUNED (stopped early by ASHA; no accuracy)
 * @param params           the hyperparameters tried
 * @param accuracy         mean test accuracy over the repeats, NaN for a pruned round
 * @param energyJoules     joules of the round (all its repeats)
 * @param cumulativeJoules joules of the search up to and including this round
 * @param bestSoFar        best mean accuracy of the search's complete rounds so far, NaN before the first
 * @param repeatsRun       trainings the round started (fewer when pruned: the one stopped counts)
 * @param diverged         trainings whose loss diverged (scored as a constant prediction)
 * @param provenance       where the joules come from
 * @param cpuSeconds       CPU seconds the process used for the round (NaN when not recorded): the work, much less
 *                         sensitive than joules to other load on a shared machine
 * @param processShare     the smallest share of the machine's CPU time the process had during a training of the round
 *                         (1 = no other load; NaN when not recorded)
 */
public record RoundRecord(int round, int trial, TrialState state, Params params, double accuracy, double energyJoules,
                          double cumulativeJoules, double bestSoFar, int repeatsRun, int diverged, String provenance,
                          double cpuSeconds, double processShare) {

    /** Whether the round trained to the end and has an accuracy. */
    public boolean complete() {
        return state == TrialState.COMPLETE;
    }
}
