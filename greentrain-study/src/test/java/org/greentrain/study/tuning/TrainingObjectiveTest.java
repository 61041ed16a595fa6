package org.greentrain.study.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.greentrain.train.spec.ModelInput;
import org.greentrain.train.spec.ModelSpecs;
import org.greentrain.train.trainer.TrainingConfig;
import org.greentrain.tune.pruner.Pruner;
import org.greentrain.tune.pruner.SuccessiveHalvingPruner;
import org.greentrain.tune.sampler.RandomSampler;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.storage.Storages;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.OptimizeOptions;
import org.greentrain.tune.study.Study;
import org.greentrain.tune.study.Trial;
import org.greentrain.tune.study.TrialEnergy;
import org.greentrain.tune.study.TrialPrunedException;
import org.greentrain.tune.study.TrialState;
import org.junit.jupiter.api.Test;

/** Training objectives on 300 MNIST rows, 100 test rows, batch 128. */
class TrainingObjectiveTest {

    private static final TuningData DATA = TuningData.prepare(TuningFixtures.mnist(), 300, 100, 0);

    private static TrainingObjective objective(String space, int epochs, int repeats) {
        SpaceMapping m = SpaceMapping.of(SearchSpace.parse(space), ModelSpecs.parse("simplecnn:linear=2"),
                TrainingConfig.defaults().withEpochs(epochs).withBatchSize(128), ModelInput.of(DATA.train()));
        return new TrainingObjective(TuningFixtures.meter(), DATA, m, repeats, 7);
    }

    private static Study study(String space, Pruner pruner) {
        return Study.create(Storages.open("memory:"), "t", SearchSpace.parse(space), Goal.parseAll("accuracy:max"),
                new RandomSampler(3), pruner);
    }

    @Test
    void aTrialScoresTheMeanTestAccuracyOfItsRepeatsAndCostsTheirSummedJoules() {
        Study study = study("lr=1e-3..1e-2:log", Pruner.none());

        study.optimize(objective("lr=1e-3..1e-2:log", 1, 2), OptimizeOptions.trials(2));

        assertThat(study.trials()).hasSize(2).allSatisfy(t -> {
            assertThat(t.state()).isEqualTo(TrialState.COMPLETE);
            double[] accuracies = Arrays.stream(t.attrs().get(TrainingObjective.ACCURACIES).split(","))
                    .mapToDouble(Double::parseDouble).toArray();
            assertThat(accuracies).hasSize(2);
            assertThat(t.value()).isCloseTo((accuracies[0] + accuracies[1]) / 2, within(1e-6));
            assertThat(t.attrs()).containsEntry(TrainingObjective.REPEATS_RUN, "2")
                    .containsEntry(TrainingObjective.DIVERGED, "0")
                    .containsEntry(TrainingObjective.SPEC, "simplecnn:conv=2,linear=2,relu=on")
                    .containsKey(TrainingObjective.MACRO_F1);
            assertThat(t.attrs().get(TrainingObjective.OPTIMIZER)).startsWith("adam:lr=")
                    .endsWith(",batch=128,epochs=1");
            TrialEnergy e = t.energy();
            assertThat(e.provenance()).isEqualTo("constant-model");
            assertThat(e.joules()).isPositive().isBetween(e.lowerJoules(), e.upperJoules());
            assertThat(t.intermediates()).as("no pruner, no per-epoch evaluation").isEmpty();
        });
    }

    @Test
    void withAPrunerTheFirstRepeatReportsEachEpochAndAPrunedTrialStopsThere() throws Exception {
        String space = "lr=1e-7..1e-2:log";
        Study study = study(space, new SuccessiveHalvingPruner());
        TrainingObjective objective = objective(space, 2, 2);

        Trial good = study.ask(new Params(Map.of("lr", 1e-2)));
        double[] value = objective.evaluate(good);
        study.tell(good.number(), value, good.reportedEnergy().orElseThrow());
        Trial bad = study.ask(new Params(Map.of("lr", 1e-7)));

        assertThatThrownBy(() -> objective.evaluate(bad)).isInstanceOf(TrialPrunedException.class);
        FrozenTrial first = study.trial(good.number());
        assertThat(first.intermediates()).extracting(i -> i.step()).containsExactly(1L, 2L);
        assertThat(first.intermediates()).allSatisfy(i -> assertThat(i.joules()).isPositive());
        assertThat(first.attrs()).containsEntry(TrainingObjective.REPEATS_RUN, "2");
        FrozenTrial pruned = study.trial(bad.number());
        assertThat(pruned.intermediates()).extracting(i -> i.step()).containsExactly(1L);
        assertThat(pruned.attrs()).as("its first training ran and cost energy; the second never started")
                .containsEntry(TrainingObjective.REPEATS_RUN, "1");
        assertThat(bad.reportedEnergy()).as("the epoch it trained is paid for").isPresent();
        assertThat(bad.reportedEnergy().orElseThrow().joules()).isPositive();
    }

    @Test
    void aDivergedRepeatScoresAConstantPrediction() throws Exception {
        String space = "lr=1e29..1e30";
        Study study = study(space, Pruner.none());
        Trial t = study.ask(new Params(Map.of("lr", 1e30)));

        double[] value = objective(space, 1, 2).evaluate(t);

        assertThat(value).containsExactly(DATA.majorityShare());
        assertThat(study.trial(t.number()).attrs()).containsEntry(TrainingObjective.DIVERGED, "2")
                .doesNotContainKey(TrainingObjective.MACRO_F1);
        assertThat(t.reportedEnergy().orElseThrow().joules()).isPositive();
    }

    @Test
    void onlyTheMeanAccuracyToMaximiseIsATrainingGoal() {
        TrainingObjective.checkGoals(Goal.parseAll("accuracy:max,energy:min"));
        for (String goals : List.of("min", "accuracy:min", "loss:min,energy:min")) {
            assertThatThrownBy(() -> TrainingObjective.checkGoals(Goal.parseAll(goals)))
                    .hasMessageContaining("use --objective accuracy (or accuracy,energy");
        }
    }
}
