package org.greentrain.train.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greentrain.data.Dataset;
import org.greentrain.reduce.reducer.SrsReducer;
import org.greentrain.train.Fixtures;
import org.greentrain.train.spec.ModelSpecs;
import org.junit.jupiter.api.Test;

class ReducedTrainingTest {

    @Test
    void trainsOnTheReducedSetAndCountsTheReductionCost() {
        Dataset train = Fixtures.blobs("srs", new int[] {100, 50}, 3, 4, 21);

        TrainingResult result = new Trainer(Fixtures.meter()).train(TrainingRequest.of(
                        ModelSpecs.parse("mlp:hidden=8"), train, null)
                .withConfig(TrainingConfig.defaults().withBatchSize(16).withEpochs(2))
                .withDataPlan(new DataPlan.Reduce(new SrsReducer(org.greentrain.reduce.reducer.SrsParams.defaults()), 0.3, 5)));

        assertThat(result.dataPlan()).isEqualTo("srs:0.3");
        assertThat(result.reduction().method()).isEqualTo("srs");
        assertThat(result.reduction().rowsBefore()).isEqualTo(150);
        assertThat(result.reduction().rowsAfter()).isEqualTo(45);
        assertThat(result.epochs()).allSatisfy(e -> assertThat(e.trainRows()).isEqualTo(45));
        assertThat(result.reduction().cost().durationSeconds()).isPositive();
        assertThat(result.measurement().phase("reduce")).isPresent();
        assertThat(result.measurement().durationSeconds())
                .isGreaterThan(result.reduction().cost().durationSeconds());
    }

    @Test
    void dataPlansParseFromText() {
        assertThat(DataPlan.parse("full", 1)).isEqualTo(DataPlan.FULL);
        assertThat(DataPlan.parse("fes:0.25,init=50", 1)).isEqualTo(new DataPlan.ForgettingEvents(0.25, 50));
        DataPlan srs = DataPlan.parse("SRS:0.3", 9);
        assertThat(srs).isInstanceOf(DataPlan.Reduce.class);
        assertThat(srs.describe()).isEqualTo("srs:0.3");
        assertThat(((DataPlan.Reduce) srs).seed()).isEqualTo(9);

        assertThatThrownBy(() -> DataPlan.parse("srs", 1))
                .hasMessage("data plan 'srs' needs a keep fraction first, e.g. srs:0.3");
        assertThatThrownBy(() -> DataPlan.parse("srs:1.5", 1)).hasMessage("keep fraction must be in (0, 1], got 1.5");
        assertThatThrownBy(() -> DataPlan.parse("fes:0.3", 1))
                .hasMessage("data plan 'fes:0.3': forgetting events take exactly one setting, init=EPOCHS, e.g. "
                        + "fes:0.3,init=50");
        assertThatThrownBy(() -> DataPlan.parse("magic:0.3", 1))
                .hasMessageStartingWith("unknown reduction method 'magic'; valid: srs")
                .hasMessageEndingWith("; or fes (forgetting events), or full");
    }
}
