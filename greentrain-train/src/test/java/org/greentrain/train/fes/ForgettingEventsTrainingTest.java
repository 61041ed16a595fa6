package org.greentrain.train.fes;

import static org.assertj.core.api.Assertions.assertThat;

import org.greentrain.data.Dataset;
import org.greentrain.train.Fixtures;
import org.greentrain.train.spec.ModelSpecs;
import org.greentrain.train.trainer.DataPlan;
import org.greentrain.train.trainer.EpochRecord;
import org.greentrain.train.trainer.Trainer;
import org.greentrain.train.trainer.TrainingConfig;
import org.greentrain.train.trainer.TrainingRequest;
import org.greentrain.train.trainer.TrainingResult;
import org.junit.jupiter.api.Test;

class ForgettingEventsTrainingTest {

    @Test
    void preTrainsOnAllRowsThenContinuesOnTheSelectedRowsAndCountsThePreTraining() {
        // overlapping blobs so that some rows are forgotten; uneven classes so that per-class truncation shows
        Dataset train = Fixtures.blobs("fes", new int[] {55, 101, 144}, 4, 1.0, 11);
        Dataset test = Fixtures.blobs("fes-test", new int[] {20, 20, 20}, 4, 1.0, 12);
        double keep = 0.3;

        TrainingResult result = new Trainer(Fixtures.meter()).train(TrainingRequest.of(
                        ModelSpecs.parse("mlp:hidden=16,dropout=0.2"), train, test)
                .withConfig(TrainingConfig.defaults().withBatchSize(32).withEpochs(5).withOptimizer("adam:lr=0.01"))
                .withDataPlan(new DataPlan.ForgettingEvents(keep, 3)));

        int expected = (int) Math.floor(keep * 55) + (int) Math.floor(keep * 101) + (int) Math.floor(keep * 144);
        assertThat(expected).isEqualTo(16 + 30 + 43);
        assertThat(result.dataPlan()).isEqualTo("fes:0.3,init=3");
        assertThat(result.reduction().method()).isEqualTo("fes");
        assertThat(result.reduction().rowsBefore()).isEqualTo(300);
        assertThat(result.reduction().rowsAfter()).isEqualTo(expected);
        assertThat(result.trainRows()).isEqualTo(300);
        assertThat(result.epochs()).extracting(EpochRecord::stage)
                .containsExactly("fes-pretrain", "fes-pretrain", "fes-pretrain", "fes-reduced", "fes-reduced");
        assertThat(result.epochs()).extracting(EpochRecord::trainRows)
                .containsExactly(300, 300, 300, expected, expected);

        // the reduction's cost is the three pre-training epochs (with their counting passes) plus the selection
        double preTraining = result.epochs().subList(0, 3).stream().mapToDouble(EpochRecord::energyJoules).sum();
        assertThat(result.reduction().cost().energyJoules()).isGreaterThanOrEqualTo(preTraining);
        assertThat(result.reduction().cost().phase("epoch-1").orElseThrow().phase("forgetting-pass")).isPresent();
        // and the run's total includes it and the continued training
        double allEpochs = result.epochs().stream().mapToDouble(EpochRecord::energyJoules).sum();
        assertThat(result.measurement().energyJoules()).isGreaterThan(allEpochs);
        assertThat(result.measurement().phase("forgetting-events")).isPresent();
        assertThat(result.test()).isNotNull();
    }
}
