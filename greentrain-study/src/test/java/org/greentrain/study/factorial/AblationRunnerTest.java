package org.greentrain.study.factorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.greentrain.data.Dataset;
import org.greentrain.data.catalog.BuiltinDatasets;
import org.greentrain.data.catalog.LoadedDataset;
import org.greentrain.data.split.Splits;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.MeterConfig;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.Storages;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Study;
import org.greentrain.tune.study.TrialState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tiny ablations on a few hundred MNIST rows: two cells, one set, one or two repetitions, one epoch. */
class AblationRunnerTest {

    private static Dataset train;
    private static Dataset test;
    private static EnergyMeter meter;

    @TempDir
    Path dir;

    @BeforeAll
    static void data() throws IOException {
        LoadedDataset mnist = BuiltinDatasets.load("mnist");
        train = Splits.stratified(mnist.train(), 400.0 / 60000, 1).test();
        test = Splits.stratified(mnist.test(), 100.0 / 10000, 2).test();
        meter = EnergyMeter.discover(MeterConfig.defaults().withGpu(false)
                .withConstantPower(MeterConfig.ConstantPower.paper()));
    }

    private static AblationDesign design(int repeats, int trainRows) {
        return new AblationDesign("mnist", ModelFactors.parse("simplecnn:linear=2", List.of("conv=1,2")),
                HyperparameterBox.PAPER_RQ2, 1, repeats, 1, 128, trainRows, 5);
    }

    @Test
    void aResumedAblationRunsOnlyWhatIsMissing() {
        List<String> events = new ArrayList<>();
        AblationListener log = new AblationListener() {
            @Override
            public void onWarmup(Cell cell) {
                events.add("warmup " + cell.label());
            }

            @Override
            public void onRunFinished(AblationRun run, int done, int total) {
                events.add("run " + run.cell() + " " + done + "/" + total);
            }
        };
        try (Storage storage = Storages.open("sqlite:" + dir.resolve("a.db"))) {
            AblationResult first = new AblationRunner(meter).withListener(log)
                    .run(storage, "tiny", design(1, 300), train, test);

            assertThat(first.alreadyDone()).isZero();
            assertThat(first.ranNow()).isEqualTo(2);
            assertThat(first.complete()).isTrue();
            assertThat(first.trainRows()).isEqualTo(300);
            assertThat(events).hasSize(4);
            assertThat(events.subList(0, 2)).containsExactlyInAnyOrder("warmup conv=1", "warmup conv=2");
            assertThat(events.get(2)).endsWith(" 1/2");
            assertThat(events.get(3)).endsWith(" 2/2");
            AblationRun run = first.runs().get(0);
            assertThat(run.energyJoules()).isPositive();
            assertThat(run.energyProvenance()).isEqualTo("constant-model");
            assertThat(run.energyLowerJoules()).isLessThan(run.energyJoules());
            assertThat(run.accuracy()).isBetween(0.0, 1.0);
            assertThat(run.macroF1()).isBetween(0.0, 1.0);
            assertThat(run.parameterCount()).isPositive();
            assertThat(run.optimizer()).startsWith("adam:lr=");
            assertThat(first.analysis()).isNotNull();
            assertThat(first.analysis().effects().get(0).factor()).isEqualTo("conv");

            events.clear();
            AblationResult again = new AblationRunner(meter).withListener(log)
                    .run(storage, "tiny", design(1, 300), train, test);

            assertThat(again.alreadyDone()).isEqualTo(2);
            assertThat(again.ranNow()).isZero();
            assertThat(events).isEmpty();
            assertThat(again.runs()).isEqualTo(first.runs());
            assertThat(storage.trials(storage.findStudy("tiny").orElseThrow().id())).hasSize(2);
        }
    }

    @Test
    void aDifferentDesignIsRefusedBeforeAnythingRuns() {
        try (Storage storage = Storages.open("memory:")) {
            new AblationRunner(meter).withWarmup(false).run(storage, "tiny", design(1, 200), train, test);

            assertThatThrownBy(() -> new AblationRunner(meter).run(storage, "tiny", design(2, 250), train, test))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("ablation 'tiny' was run with another design (repeats 1 stored, 2 given; train-rows "
                            + "200 stored, 250 given): repeat the stored design to resume it, or give a new --study "
                            + "name");
            assertThat(storage.trials(storage.findStudy("tiny").orElseThrow().id())).hasSize(2);
        }
    }

    @Test
    void aRunLeftRunningByAKilledProcessRunsAgain() {
        try (Storage storage = Storages.open("memory:")) {
            AblationDesign design = design(1, 200);
            AblationStudy ablation = AblationStudy.open(storage, "killed", design);
            RunKey first = design.runs().get(0);
            Study study = ablation.study();
            int leftover = study.ask(ablation.params(first, design.hyperparameterSets().get(0))).number();
            storage.heartbeat(study.id(), leftover, Instant.now());

            assertThatThrownBy(() -> new AblationRunner(meter).run(storage, "killed", design, train, test))
                    .hasMessageStartingWith("run #0 of ablation 'killed' is running in another process (heartbeat 0 s "
                            + "ago); run one ablate per study at a time, or, if that process was killed, try again in");

            storage.heartbeat(study.id(), leftover, Instant.now().minusSeconds(60));
            AblationResult result = new AblationRunner(meter).withWarmup(false)
                    .run(storage, "killed", design, train, test);

            FrozenTrial stale = study.trial(leftover);
            assertThat(stale.state()).isEqualTo(TrialState.FAIL);
            assertThat(stale.failReason().orElseThrow()).startsWith("stale");
            assertThat(result.ranNow()).isEqualTo(2);
            assertThat(result.runs()).extracting(AblationRun::trial).containsExactlyInAnyOrder(1, 2);
        }
    }

    @Test
    void theContentionGuardTakesAShareOfTheMachine() {
        assertThatThrownBy(() -> new AblationRunner(meter).withMinProcessShare(1.5))
                .hasMessage("the minimum CPU share must be in [0, 1], got 1.5");
    }

    @Test
    void aCellThatDoesNotFitTheDataIsRefusedBeforeAnythingIsStored() {
        AblationDesign tooDeep = new AblationDesign("mnist", ModelFactors.parse("simplecnn", List.of("conv=1,6")),
                HyperparameterBox.PAPER_RQ2, 1, 1, 1, 128, 0, 0);
        try (Storage storage = Storages.open("memory:")) {
            assertThatThrownBy(() -> new AblationRunner(meter).run(storage, "deep", tooDeep, train, test))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("cell conv=6 (simplecnn:conv=6,linear=3,relu=on) does not fit");
            assertThat(storage.studies()).isEmpty();
        }
    }
}
