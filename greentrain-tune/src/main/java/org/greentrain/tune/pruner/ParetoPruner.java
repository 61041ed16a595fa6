package org.greentrain.tune.pruner;

import java.util.List;
import java.util.Optional;
import org.greentrain.tune.study.Direction;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.Intermediate;

/**
 * Multi-objective pruning on (metric, energy): a trial is stopped when, at its latest step s, enough other trials had
 * reached s with both a better metric and fewer joules.
 *
 * <p>Precisely: let (v, e) be the trial's intermediate value and cumulative joules at its latest step s (a report
 * without joules is never pruned). Peers are the other trials, in any state, that reported a value with joules at
 * exactly step s. A peer dominates the trial when its value is strictly better (in the first goal's direction) and its
 * joules strictly lower. The trial is pruned when s >= {@code warmupSteps}, there are at least {@code minPeers} peers,
 * and at least {@code ceil(fraction x peers)} of them dominate it. Strict dominance in both keeps ties and noise from
 * pruning; the fraction makes the rule scale with the number of workers. It works in single- and multi-objective
 * studies, which Optuna's pruners do not.
 */
public final class ParetoPruner implements Pruner {

    private final long warmupSteps;
    private final int minPeers;
    private final double fraction;

    /**
     * @param warmupSteps steps before which nothing is pruned, >= 0
     * @param minPeers    peers needed at the step, >= 1
     * @param fraction    share of the peers that must dominate, in (0, 1]
     */
    public ParetoPruner(long warmupSteps, int minPeers, double fraction) {
        if (warmupSteps < 0 || minPeers < 1 || !(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("pareto pruner needs warmup >= 0, min peers >= 1 and fraction in (0, 1],"
                    + " got " + warmupSteps + ", " + minPeers + ", " + fraction);
        }
        this.warmupSteps = warmupSteps;
        this.minPeers = minPeers;
        this.fraction = fraction;
    }

    /** No warm-up, 4 peers, half of them dominating. */
    public ParetoPruner() {
        this(0, 4, 0.5);
    }

    @Override
    public void checkGoals(List<Goal> goals) {
        // works with any goals: it reads (value, joules) intermediates, the value in the first goal's direction
    }

    @Override
    public boolean shouldPrune(PruningContext context) {
        Optional<Intermediate> last = context.trial().lastIntermediate();
        if (last.isEmpty() || !last.get().hasJoules() || last.get().step() < warmupSteps) {
            return false;
        }
        long step = last.get().step();
        Direction d = context.goals().get(0).direction();
        int peers = 0;
        int dominating = 0;
        for (FrozenTrial t : context.othersAt(step)) {
            Intermediate i = t.intermediateAt(step).orElseThrow();
            if (!i.hasJoules()) {
                continue;
            }
            peers++;
            if (d.isBetter(i.value(), last.get().value()) && i.joules() < last.get().joules()) {
                dominating++;
            }
        }
        return peers >= minPeers && dominating >= Math.ceil(fraction * peers);
    }

    @Override
    public String describe() {
        return "pareto(warmup=" + warmupSteps + ",min-peers=" + minPeers + ",fraction=" + fraction + ")";
    }
}
