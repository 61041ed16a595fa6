package org.greentrain.train.trainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greentrain.data.Dataset;
import org.greentrain.reduce.Reduction;
import org.greentrain.reduce.ReductionMethod;
import org.greentrain.reduce.fes.ForgettingEvents;
import org.greentrain.train.Fixtures;
import org.junit.jupiter.api.Test;

class TrainingForgettingHookTest {

    // overlapping blobs, so that some rows are learnt and forgotten again
    private static final Dataset BLOBS = Fixtures.blobs("hook", new int[] {45, 80, 120}, 4, 1.0, 5);

    @Test
    void trainsTheRequestedEpochsAndCountsOnePassAfterEach() {
        List<EpochRecord> epochs = new ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onEpoch(EpochRecord record) {
                epochs.add(record);
            }
        };

        ForgettingEvents events = new TrainingForgettingHook(Fixtures.meter(), listener).count(BLOBS, 4, 3);

        assertThat(events.passes()).isEqualTo(4);
        assertThat(events.forgetCounts()).hasSize(BLOBS.rows());
        assertThat(epochs).extracting(EpochRecord::stage).containsOnly("fes-count");
        assertThat(epochs).extracting(EpochRecord::trainRows).containsExactly(245, 245, 245, 245);
    }

    @Test
    void thePassesSeeTheTrainedNetwork() {
        Dataset separated = Fixtures.blobs("separated", new int[] {60, 60, 60}, 4, 8.0, 2);

        ForgettingEvents events = new TrainingForgettingHook(Fixtures.meter(), TrainingListener.NONE)
                .count(separated, 30, 1);

        int right = 0;
        for (boolean c : events.lastCorrect()) {
            right += c ? 1 : 0;
        }
        assertThat(right).isGreaterThan(separated.rows() * 9 / 10);
    }

    @Test
    void theSameSeedCountsTheSameEvents() {
        TrainingForgettingHook hook = new TrainingForgettingHook(Fixtures.meter(), TrainingListener.NONE);

        ForgettingEvents a = hook.count(BLOBS, 3, 11);
        ForgettingEvents b = hook.count(BLOBS, 3, 11);

        assertThat(a.forgetCounts()).isEqualTo(b.forgetCounts());
        assertThat(a.lastCorrect()).isEqualTo(b.lastCorrect());
    }

    @Test
    void drivesFesAsAStandAloneReductionWithTheTrainingInItsCost() {
        TrainingForgettingHook hook = new TrainingForgettingHook(Fixtures.meter(), TrainingListener.NONE);

        Reduction r = ReductionMethod.FES.create(Map.of("epochs", "2"), hook).reduce(BLOBS, 0.3, 1, Fixtures.meter());

        assertThat(r.size()).isEqualTo(13 + 24 + 36);
        assertThat(r.data().classCounts()).containsExactly(13, 24, 36);
        assertThat(r.syntheticCount()).isZero();
        assertThat(r.notes()).anyMatch(n -> n.contains("2 evaluation passes"));
        assertThat(r.measurement().durationSeconds()).isPositive();
    }

    @Test
    void picksTheNetworkByDataKindAndKeepsTenStepsPerEpochOnSmallData() {
        assertThat(TrainingForgettingHook.modelFor(BLOBS).family()).isEqualTo("mlp-paper");
        assertThat(TrainingForgettingHook.modelFor(Fixtures.head(Fixtures.mnist().train(), 4)).family())
                .isEqualTo("simplecnn");
        assertThat(TrainingForgettingHook.configFor(BLOBS, 5, 1).batchSize()).isEqualTo(24);
        assertThat(TrainingForgettingHook.configFor(Fixtures.head(BLOBS, 9), 5, 1).batchSize()).isEqualTo(2);
        assertThat(TrainingForgettingHook.configFor(Fixtures.mnist().train(), 5, 1).batchSize()).isEqualTo(512);
        assertThat(TrainingForgettingHook.configFor(BLOBS, 5, 1).epochs()).isEqualTo(5);
    }
}
