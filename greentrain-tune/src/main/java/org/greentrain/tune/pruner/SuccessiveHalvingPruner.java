package org.greentrain.tune.pruner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greentrain.tune.study.Direction;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Intermediate;

/**
 * Asynchronous successive halving (ASHA, Li et al. 2020). Rung k sits at step r eta^(s + k), for minimum resource r,
 * reduction factor eta and minimum early-stopping rate s. A trial's value at a rung is the value it reported at its
 * first step at or beyond the rung's step. When a trial's latest report is the one that takes it past a rung, it
 * competes with every trial (any state) that has a value at that rung, itself included: it continues only if its value
 * is among the best floor(n / eta) of the n competitors (the single best when n < eta); otherwise it is pruned. Each
 * rung is judged once, when it is crossed, so a promotion is never taken back.
 */
public final class SuccessiveHalvingPruner implements Pruner {

    private final long minResource;
    private final int reductionFactor;
    private final int minEarlyStoppingRate;
    private final java.util.function.IntPredicate sameBracket;

    /**
     * @param minResource          r: the step of the first rung (with s = 0), >= 1
     * @param reductionFactor      eta, >= 2
     * @param minEarlyStoppingRate s, >= 0
     */
    public SuccessiveHalvingPruner(long minResource, int reductionFactor, int minEarlyStoppingRate) {
        this(minResource, reductionFactor, minEarlyStoppingRate, n -> true);
    }

    SuccessiveHalvingPruner(long minResource, int reductionFactor, int minEarlyStoppingRate,
                            java.util.function.IntPredicate sameBracket) {
        if (minResource < 1 || reductionFactor < 2 || minEarlyStoppingRate < 0) {
            throw new IllegalArgumentException("successive halving needs min resource >= 1, reduction factor >= 2 and "
                    + "min early-stopping rate >= 0, got " + minResource + ", " + reductionFactor + ", "
                    + minEarlyStoppingRate);
        }
        this.minResource = minResource;
        this.reductionFactor = reductionFactor;
        this.minEarlyStoppingRate = minEarlyStoppingRate;
        this.sameBracket = sameBracket;
    }

    /** r = 1, eta = 3 (Optuna's default factor), s = 0. */
    public SuccessiveHalvingPruner() {
        this(1, 3, 0);
    }

    /** The step of rung {@code k}, saturating at Long.MAX_VALUE. */
    long rungStep(int k) {
        double step = minResource * Math.pow(reductionFactor, minEarlyStoppingRate + k);
        return step >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) step;
    }

    @Override
    public boolean shouldPrune(PruningContext context) {
        FrozenTrial trial = context.trial();
        Optional<Intermediate> last = trial.lastIntermediate();
        if (last.isEmpty()) {
            return false;
        }
        Direction d = context.goals().get(0).direction();
        for (long rung : rungsUpTo(last.get().step())) {
            Optional<Intermediate> at = firstAtOrAfter(trial, rung);
            if (at.isEmpty() || at.get().step() != last.get().step()) {
                continue;
            }
            List<Double> competing = new ArrayList<>();
            for (FrozenTrial t : context.trials()) {
                if (t.number() == trial.number() || !sameBracket.test(t.number())) {
                    continue;
                }
                firstAtOrAfter(t, rung).ifPresent(i -> competing.add(d.toMinimized(i.value())));
            }
            double mine = d.toMinimized(at.get().value());
            competing.add(mine);
            competing.sort(Double::compare);
            int promotable = Math.max(competing.size() / reductionFactor - 1, 0);
            if (mine > competing.get(promotable)) {
                return true;
            }
        }
        return false;
    }

    /** The rung steps up to {@code step}, ending at the first that saturates at Long.MAX_VALUE. */
    private List<Long> rungsUpTo(long step) {
        List<Long> rungs = new ArrayList<>();
        for (int k = 0; rungStep(k) <= step; k++) {
            rungs.add(rungStep(k));
            if (rungStep(k) == Long.MAX_VALUE) {
                break;
            }
        }
        return rungs;
    }

    private static Optional<Intermediate> firstAtOrAfter(FrozenTrial t, long step) {
        for (Intermediate i : t.intermediates()) {
            if (i.step() >= step) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    @Override
    public String describe() {
        return "asha(" + settings() + ")";
    }

    /** The settings in the form {@link Pruners#asha} reads: {@code min-resource=R,eta=E,s=S}. */
    public String settings() {
        return "min-resource=" + minResource + ",eta=" + reductionFactor + ",s=" + minEarlyStoppingRate;
    }
}
