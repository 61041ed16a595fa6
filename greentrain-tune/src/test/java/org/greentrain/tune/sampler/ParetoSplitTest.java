package org.greentrain.tune.sampler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.TrialState;
import org.junit.jupiter.api.Test;

class ParetoSplitTest {

    private static List<FrozenTrial> trials(double[]... values) {
        List<FrozenTrial> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(new FrozenTrial(i, TrialState.COMPLETE, new Params(Map.of()), values[i], List.of(), null,
                    Instant.EPOCH, Instant.EPOCH, null, Map.of()));
        }
        return out;
    }

    private static int[] numbers(List<FrozenTrial> trials) {
        return trials.stream().mapToInt(FrozenTrial::number).toArray();
    }

    @Test
    void wholeFrontsGoBelowBestRankFirstWhileTheyFit() {
        // front 0: trials 1 and 4; front 1: trials 0, 2, 5; trial 3 is dominated by everything
        List<FrozenTrial> t = trials(new double[] {2, 3}, new double[] {1, 2}, new double[] {3, 2},
                new double[] {5, 5}, new double[] {2, 1}, new double[] {1.5, 3.5});
        List<Goal> goals = Goal.parseAll("a:min,b:min");
        assertThat(numbers(ParetoSplit.below(t, goals, 2))).containsExactly(1, 4);
        assertThat(numbers(ParetoSplit.below(t, goals, 5))).containsExactly(0, 1, 2, 4, 5);
        assertThat(numbers(ParetoSplit.below(t, goals, 6))).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(ParetoSplit.below(t, goals, 0)).isEmpty();
    }

    @Test
    void theFrontThatDoesNotFitIsThinnedByHypervolumeContribution() {
        // five points on x + y = 1, reference (1.1, 1.1): the middle point alone dominates the most (0.36); next,
        // (0.25, 0.75) and (0.75, 0.25) each add 0.0875 and the extremes 0.05: the tie goes to the lower trial number
        List<FrozenTrial> t = trials(new double[] {0, 1}, new double[] {0.25, 0.75}, new double[] {0.5, 0.5},
                new double[] {0.75, 0.25}, new double[] {1, 0});
        List<Goal> goals = Goal.parseAll("a:min,b:min");
        assertThat(numbers(ParetoSplit.below(t, goals, 1))).containsExactly(2);
        assertThat(numbers(ParetoSplit.below(t, goals, 2))).containsExactly(1, 2);
        assertThat(numbers(ParetoSplit.below(t, goals, 3))).containsExactly(1, 2, 3);
    }

    @Test
    void maximisedGoalsAreTurnedAroundFirst() {
        // accuracy up, energy down: trial 1 dominates the others
        List<FrozenTrial> t = trials(new double[] {0.80, 50}, new double[] {0.90, 40}, new double[] {0.70, 60});
        assertThat(numbers(ParetoSplit.below(t, Goal.parseAll("accuracy:max,energy:min"), 1))).containsExactly(1);
    }

    @Test
    void withThreeGoalsTheFrontIsThinnedByCrowdingKeepingItsExtremes() {
        List<FrozenTrial> t = trials(new double[] {0, 1, 1}, new double[] {0.5, 0.5, 0.5}, new double[] {1, 0, 1},
                new double[] {0.45, 0.55, 0.5}, new double[] {1, 1, 0});
        List<FrozenTrial> below = ParetoSplit.below(t, Goal.parseAll("a:min,b:min,c:min"), 3);
        assertThat(numbers(below)).containsExactly(0, 2, 4);
    }
}
