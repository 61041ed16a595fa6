package org.greentrain.tune.pruner;

import java.util.List;
import org.greentrain.tune.study.Goal;

/** Never prunes: the default. */
final class NopPruner implements Pruner {

    static final NopPruner INSTANCE = new NopPruner();

    private NopPruner() {
    }

    @Override
    public boolean shouldPrune(PruningContext context) {
        return false;
    }

    @Override
    public void checkGoals(List<Goal> goals) {
        // any study
    }

    @Override
    public String describe() {
        return "none";
    }
}
