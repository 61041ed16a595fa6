package org.greentrain.tune.pruner;

import java.util.Arrays;
import java.util.Optional;
import org.greentrain.tune.study.Direction;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Intermediate;
import org.greentrain.tune.study.TrialState;

/**
 * The median stopping rule: at its latest step s, a trial is pruned when its best intermediate value so far is worse
 * than the median of the values the COMPLETE trials reported at step s. Nothing is pruned before {@code startupTrials}
 * trials are COMPLETE, before step {@code warmupSteps}, or when fewer than {@code minTrials} COMPLETE trials reported at
 * step s.
 */
public final class MedianPruner implements Pruner {

    private final int startupTrials;
    private final long warmupSteps;
    private final int minTrials;

    public MedianPruner(int startupTrials, long warmupSteps, int minTrials) {
        if (startupTrials < 0 || warmupSteps < 0 || minTrials < 1) {
            throw new IllegalArgumentException("median pruner needs startup >= 0, warmup >= 0 and min trials >= 1, got "
                    + startupTrials + ", " + warmupSteps + ", " + minTrials);
        }
        this.startupTrials = startupTrials;
        this.warmupSteps = warmupSteps;
        this.minTrials = minTrials;
    }

    /** Optuna's defaults: 5 start-up trials, no warm-up, one trial at the step. */
    public MedianPruner() {
        this(5, 0, 1);
    }

    @Override
    public boolean shouldPrune(PruningContext context) {
        Optional<Intermediate> last = context.trial().lastIntermediate();
        if (last.isEmpty() || last.get().step() < warmupSteps) {
            return false;
        }
        long step = last.get().step();
        long complete = context.trials().stream().filter(t -> t.state() == TrialState.COMPLETE).count();
        if (complete < startupTrials) {
            return false;
        }
        double[] values = context.trials().stream().filter(t -> t.state() == TrialState.COMPLETE)
                .map(t -> t.intermediateAt(step)).filter(Optional::isPresent)
                .mapToDouble(i -> i.get().value()).toArray();
        if (values.length < minTrials) {
            return false;
        }
        Direction d = context.goals().get(0).direction();
        double best = bestSoFar(context.trial(), d);
        return d.isBetter(median(values), best);
    }

    static double bestSoFar(FrozenTrial t, Direction d) {
        double best = Double.NaN;
        for (Intermediate i : t.intermediates()) {
            if (Double.isNaN(best) || d.isBetter(i.value(), best)) {
                best = i.value();
            }
        }
        return best;
    }

    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        int n = c.length;
        return n % 2 == 1 ? c[n / 2] : 0.5 * (c[n / 2 - 1] + c[n / 2]);
    }

    @Override
    public String describe() {
        return "median(startup=" + startupTrials + ",warmup=" + warmupSteps + ",min-trials=" + minTrials + ")";
    }
}
