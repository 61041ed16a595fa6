package org.greentrain.train.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.greentrain.data.Dataset;
import org.greentrain.train.Fixtures;
import org.greentrain.train.spec.ModelSpecs;
import org.greentrain.train.trainer.BatchProgress;
import org.greentrain.train.trainer.StepStage;
import org.greentrain.train.trainer.Trainer;
import org.greentrain.train.trainer.TrainingConfig;
import org.greentrain.train.trainer.TrainingListener;
import org.greentrain.train.trainer.TrainingRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatorProfilerTest {

    @TempDir
    Path dir;

    @Test
    void theTrainerAnnouncesEveryStageOfEveryStepInOrder() {
        List<String> events = new ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onStepStage(StepStage stage) {
                events.add(stage.name());
            }

            @Override
            public void onBatch(BatchProgress progress) {
                events.add("batch " + progress.batch());
            }
        };
        Dataset train = Fixtures.head(Fixtures.mnist().train(), 64);
        new Trainer(Fixtures.meter()).train(TrainingRequest.of(ModelSpecs.parse("mlp:hidden=8"), train, null)
                .withConfig(TrainingConfig.defaults().withEpochs(1).withBatchSize(32).withEvaluateEachEpoch(false))
                .withListener(listener));

        List<String> step = List.of("DATA", "FORWARD", "LOSS", "BACKWARD", "RECORD", "UPDATE", "CHECK");
        List<String> expected = new ArrayList<>(step);
        expected.add("batch 1");
        expected.addAll(step);
        expected.add("batch 2");
        assertThat(events).containsExactlyElementsOf(expected);
    }

    @Test
    void profilesAFewMnistBatchesAndSharesOutTheMeasuredJoules() {
        Path keep = dir.resolve("trace.json");
        List<String> runs = new ArrayList<>();
        ProfileRequest request = ProfileRequest.of(ModelSpecs.parse("simplecnn:conv=1,linear=3"),
                        Fixtures.mnist().train())
                .withConfig(TrainingConfig.defaults().withEpochs(1).withBatchSize(64))
                .withBatches(3).withWarmupBatches(1).withTraceOut(keep)
                .withListener(new ProfileListener() {
                    @Override
                    public void onRun(ProfileRun run, int steps) {
                        runs.add(run.id() + " " + steps);
                    }
                });

        LayerProfile profile = new OperatorProfiler(Fixtures.meter()).profile(request);

        assertThat(runs).containsExactly("warm-up 1", "unprofiled 3", "profiled 3");
        assertThat(profile.steps()).isEqualTo(3);
        assertThat(profile.samples()).isEqualTo(192);
        assertThat(profile.spec()).isEqualTo("simplecnn:conv=1,linear=3,relu=on");
        double joules = profile.layerTypes().stream().mapToDouble(LayerTypeEnergy::energyJoules).sum();
        assertThat(Math.abs(joules - profile.totalEnergyJoules()) / profile.totalEnergyJoules()).isLessThan(1e-9);
        assertThat(profile.breakdown().seconds(LayerType.CONV, Pass.FORWARD)).isPositive();
        assertThat(profile.breakdown().seconds(LayerType.CONV, Pass.BACKWARD)).isPositive();
        assertThat(profile.breakdown().seconds(LayerType.OPTIMIZER, Pass.UPDATE)).isPositive();
        assertThat(profile.breakdown().seconds(LayerType.DATA, Pass.NONE)).isPositive();
        assertThat(profile.unmapped()).isEmpty();
        assertThat(profile.attribution()).contains("constant-model");
        assertThat(profile.overhead().samples()).isEqualTo(192);
        assertThat(profile.overhead().throughputRatio()).isPositive();
        assertThat(profile.interval().durationSeconds()).isCloseTo(profile.overhead().profiledSeconds(),
                within(1e-12));
        assertThat(profile.trace()).isEqualTo(keep);
        assertThat(ChromeTraceReader.read(keep).size()).isEqualTo(profile.breakdown().events());
        assertThat(profile.parameters()).isEqualTo(30 + 6 + 230_888 + 77_028 + 1_970);
    }

    @Test
    void withoutATraceOutTheTraceIsDeleted() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before;
        try (var files = Files.list(tmp)) {
            before = files.filter(f -> f.getFileName().toString().startsWith("greentrain-trace-")).count();
        }
        LayerProfile profile = new OperatorProfiler(Fixtures.meter()).profile(ProfileRequest.of(
                        ModelSpecs.parse("mlp:hidden=8"), Fixtures.mnist().train())
                .withConfig(TrainingConfig.defaults().withEpochs(2).withBatchSize(50)).withBatches(2)
                .withWarmupBatches(0));

        assertThat(profile.trace()).isNull();
        assertThat(profile.steps()).isEqualTo(4);
        assertThat(profile.epochs()).isEqualTo(2);
        try (var files = Files.list(tmp)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("greentrain-trace-")).count())
                    .isEqualTo(before);
        }
    }

    @Test
    void aSpecThatDoesNotFitTheDataFailsBeforeTraining() {
        ProfileRequest request = ProfileRequest.of(ModelSpecs.parse("simplecnn:conv=6"), Fixtures.mnist().train())
                .withBatches(1);

        assertThatThrownBy(() -> new OperatorProfiler(Fixtures.meter()).profile(request))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
