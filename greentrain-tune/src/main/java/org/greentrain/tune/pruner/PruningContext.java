package org.greentrain.tune.pruner;

import java.util.ArrayList;
import java.util.List;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;

/**
 * What a pruner may look at: the trial to judge (with its intermediate values so far), every trial of the study and
 * the goals.
 *
 * @param trial  the running trial to judge
 * @param trials every trial of the study
 * @param goals  the study's objectives; intermediate values are in the direction of the first goal
 */
public record PruningContext(FrozenTrial trial, List<FrozenTrial> trials, List<Goal> goals) {

    public PruningContext {
        trials = List.copyOf(trials);
    }

    /** The other trials (any state) that reported a value at exactly {@code step}. */
    public List<FrozenTrial> othersAt(long step) {
        List<FrozenTrial> out = new ArrayList<>();
        for (FrozenTrial t : trials) {
            if (t.number() != trial.number() && t.intermediateAt(step).isPresent()) {
                out.add(t);
            }
        }
        return out;
    }
}
