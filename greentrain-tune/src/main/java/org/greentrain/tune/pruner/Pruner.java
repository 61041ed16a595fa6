package org.greentrain.tune.pruner;

import java.util.List;
import org.greentrain.tune.study.Goal;

/**
 * Decides whether a running trial should stop early, from its intermediate values and those of the other trials.
 * Pruners are stateless: everything comes from the {@link PruningContext}, so workers sharing a storage agree.
 */
public interface Pruner {

    /** Whether the trial in {@code context} should stop now. */
    boolean shouldPrune(PruningContext context);

    /**
     * Checks that this pruner can serve a study with these goals.
     *
     * @throws IllegalArgumentException when it cannot (for example a single-objective pruner in a two-objective study)
     */
    default void checkGoals(List<Goal> goals) {
        if (goals.size() != 1) {
            throw new IllegalArgumentException(describe() + " prunes single-objective studies only; use the pareto "
                    + "pruner for " + Goal.canonical(goals));
        }
    }

    /** A short description, for example {@code median(startup=5,warmup=0)}. */
    String describe();

    /** A pruner that never prunes. */
    static Pruner none() {
        return NopPruner.INSTANCE;
    }
}
