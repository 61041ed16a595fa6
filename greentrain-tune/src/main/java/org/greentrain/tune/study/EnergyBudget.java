package org.greentrain.tune.study;

import java.util.List;

/**
 * The energy rule of a study: stop before a trial that would take the study past its budget. The next trial is
 * forecast to cost the mean plus one (sample) standard deviation of the energies of the trials finished so far
 * (COMPLETE, PRUNED or FAIL, all of which consumed energy); trials still running, and trials claimed by a worker but
 * not stored yet, are counted at that forecast too. Before any trial has a known energy the forecast is NaN and a
 * process starts a trial only when it has none claimed or running itself.
 */
public final class EnergyBudget {

    private EnergyBudget() {
    }

    /** Joules of all trials with a known energy. */
    public static double spentJoules(List<FrozenTrial> trials) {
        double sum = 0;
        for (FrozenTrial t : trials) {
            if (t.energy() != null) {
                sum += t.energy().joules();
            }
        }
        return sum;
    }

    /** Mean + 1 sd of finished trials' joules, or NaN when none has a known energy. */
    public static double forecastJoules(List<FrozenTrial> trials) {
        int n = 0;
        double mean = 0;
        double m2 = 0;
        for (FrozenTrial t : trials) {
            if (t.state().isFinished() && t.energy() != null) {
                n++;
                double x = t.energy().joules();
                double d = x - mean;
                mean += d / n;
                m2 += d * (x - mean);
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        return mean + (n > 1 ? Math.sqrt(m2 / (n - 1)) : 0);
    }

    /**
     * Whether one more trial may start: spent + (running trials + {@code claimed} + 1) x forecast must stay within
     * {@code budget}. Without a forecast (no trial has finished with its energy), only while the caller itself has no
     * trial claimed or running: other processes' running trials cannot be weighed yet, and one trial at a time is how a
     * forecast is earned.
     *
     * @param claimed trials a worker has claimed whose RUNNING row may not be in {@code trials} yet
     * @param own     trials the caller has claimed or is running
     */
    public static boolean allowsAnother(List<FrozenTrial> trials, int claimed, int own, double budgetJoules) {
        if (Double.isInfinite(budgetJoules)) {
            return true;
        }
        double forecast = forecastJoules(trials);
        double spent = spentJoules(trials);
        long running = claimed + trials.stream().filter(t -> t.state() == TrialState.RUNNING).count();
        if (Double.isNaN(forecast)) {
            return own == 0 && spent < budgetJoules;
        }
        return spent + (running + 1) * forecast <= budgetJoules;
    }
}
