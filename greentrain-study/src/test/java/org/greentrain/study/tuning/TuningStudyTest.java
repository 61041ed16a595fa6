package org.greentrain.study.tuning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.TrialEnergy;
import org.greentrain.tune.study.TrialState;
import org.junit.jupiter.api.Test;

class TuningStudyTest {

    private static FrozenTrial trial(int number, TrialState state, String repeatsRun) {
        double[] values = state == TrialState.COMPLETE ? new double[] {0.8} : new double[0];
        return new FrozenTrial(number, state, new Params(Map.of("lr", 0.01)), values, List.of(),
                TrialEnergy.reported(10, "constant-model", 1), Instant.EPOCH, Instant.EPOCH, Instant.EPOCH,
                Map.of(TrainingObjective.REPEATS_RUN, repeatsRun));
    }

    @Test
    void aPrunedRoundStoredWithNoScoredTrainingCountsTheTrainingItStarted() {
        List<RoundRecord> rounds = TuningStudy.rounds(List.of(trial(0, TrialState.COMPLETE, "2"),
                trial(1, TrialState.PRUNED, "0"), trial(2, TrialState.PRUNED, "1")), 10);

        assertThat(rounds).extracting(RoundRecord::repeatsRun).containsExactly(2, 1, 1);
        assertThat(rounds).extracting(RoundRecord::energyJoules).containsExactly(10.0, 10.0, 10.0);
    }
}
