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

    @Test
    void aFinishedTrialsLineSaysHowItEndedAndWhatItCost() {
        assertThat(TuneProgress.line(trial(3, TrialState.COMPLETE, new double[] {0.25}, 1500), 4, 10, "4.02 kJ"))
                .isEqualTo("trial 4/10  #3  value 0.2500  1500.00 J  (total 4.02 kJ)");
        assertThat(TuneProgress.line(trial(4, TrialState.COMPLETE, new double[] {0.9, 12}, 12), 5, 10, "4.03 kJ"))
                .isEqualTo("trial 5/10  #4  values 0.9000, 12.00  12.00 J  (total 4.03 kJ)");
        assertThat(TuneProgress.line(trial(5, TrialState.PRUNED, new double[0], 8), 6, 10, "4.04 kJ"))
                .isEqualTo("trial 6/10  #5  pruned  8.00 J  (total 4.04 kJ)");
        FrozenTrial failed = new FrozenTrial(6, TrialState.FAIL, new Params(Map.of("x", 1.0)), new double[0],
                List.of(), null, Instant.EPOCH, Instant.EPOCH, null, Map.of(FrozenTrial.FAIL_REASON, "exit code 3"));
        assertThat(TuneProgress.line(failed, 7, 10, "4.04 kJ"))
                .isEqualTo("trial 7/10  #6  failed: exit code 3  0.00 J  (total 4.04 kJ)");
    }
}
