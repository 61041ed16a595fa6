package org.greentrain.cli.tune;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.TrialEnergy;
import org.greentrain.tune.study.TrialState;
import org.junit.jupiter.api.Test;

class TuneProgressTest {

    private static FrozenTrial trial(int n, TrialState state, double[] values, double joules) {
        return new FrozenTrial(n, state, new Params(Map.of("x", 1.0)), values, List.of(),
                TrialEnergy.reported(joules, "rapl-package", 1), Instant.EPOCH, Instant.EPOCH, null, Map.of());
    }

    @Test
    void showsTheBestValueOrTheFrontAndTheJoulesAgainstTheBudget() {
        List<FrozenTrial> trials = List.of(trial(0, TrialState.COMPLETE, new double[] {0.5}, 1000),
                trial(1, TrialState.COMPLETE, new double[] {0.25}, 1500), trial(2, TrialState.FAIL, new double[0], 20));
        assertThat(TuneProgress.message(trials, Goal.parseAll("min"), 50_000))
                .isEqualTo("best 0.2500 · 2520.00 J of 50.00 kJ");
        assertThat(TuneProgress.message(trials, Goal.parseAll("max"), Double.POSITIVE_INFINITY))
                .isEqualTo("best 0.5000 · 2520.00 J");
        assertThat(TuneProgress.message(List.of(), Goal.parseAll("min"), Double.POSITIVE_INFINITY))
                .isEqualTo("no result yet · 0.00 J");
        List<FrozenTrial> two = List.of(trial(0, TrialState.COMPLETE, new double[] {0.9, 10}, 10),
                trial(1, TrialState.COMPLETE, new double[] {0.8, 5}, 5));
        assertThat(TuneProgress.message(two, Goal.parseAll("acc:max,energy:min"), Double.POSITIVE_INFINITY))
                .isEqualTo("front 2 · 15.00 J");
    }
}
