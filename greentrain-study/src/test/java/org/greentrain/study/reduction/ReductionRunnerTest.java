package org.greentrain.study.reduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.greentrain.data.Dataset;
import org.greentrain.data.catalog.BuiltinDatasets;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.MeterConfig;
import org.greentrain.study.StudyReports;
import org.greentrain.train.spec.ModelSpecs;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.Storages;
import org.greentrain.tune.storage.StudyRecord;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.TrialState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny reduction study on iris (3 classes, so the paper's class weights apply): CLC (synthetic centroids) and FES
 * (forgetting events inside the trainer) at 30% and 60%, 2 repeats, 3 epochs; stored in SQLite, resumed, and resumed
 * after a simulated kill.
 */
class ReductionRunnerTest {

    static final ReductionDesign DESIGN = new ReductionDesign("iris", List.of("clc", "fes"), List.of(0.3, 0.6), 2,
            ModelSpecs.parse("mlp-paper:dropout=0.1"), 3, 16, 5,
            ReductionDesign.meterMode(meterConfig()));

    @TempDir
    static Path dir;

    static Dataset iris;
    static EnergyMeter meter;
    static ReductionResult first;

    static MeterConfig meterConfig() {
        return MeterConfig.defaults().withGpu(false).withConstantPower(MeterConfig.ConstantPower.paper());
    }

    /** One PyTorch thread, as the study command sets it: a second one only contends on a busy machine. */
    static void oneIntraOpThread() {
        Engine.getEngine("PyTorch");
        JniUtils.setNumThreads(1);
    }

    static Storage storage() {
        return Storages.open("sqlite:" + dir.resolve("studies.db"));
    }

    @BeforeAll
    static void runTheStudyOnce() throws Exception {
        oneIntraOpThread();
        iris = BuiltinDatasets.load("iris").train();
        meter = EnergyMeter.discover(meterConfig());
        try (Storage s = storage()) {
            first = new ReductionRunner(meter).run(s, "tiny", DESIGN, iris);
        }
    }

    @Test
    void everyRunIsStoredWithItsMetricsEpsilonAndCostSplit() {
        assertThat(first.complete()).isTrue();
        assertThat(first.ranNow()).isEqualTo(10);
        assertThat(first.alreadyDone()).isZero();
        assertThat(first.failedNow()).isEmpty();
        assertThat(first.trainRows()).isEqualTo(112);
        assertThat(first.testRows()).isEqualTo(38);
        assertThat(first.runs()).hasSize(10).allSatisfy(r -> {
            assertThat(r.accuracy()).isBetween(0.0, 1.0);
            assertThat(r.joules()).isPositive();
            assertThat(r.provenance()).isEqualTo("constant-model");
            assertThat(r.trainJoules()).isPositive();
            assertThat(r.reduceJoules() + r.trainJoules()).isCloseTo(r.joules(), within(1e-6));
            assertThat(r.epsilonPerClass()).hasSize(3);
            assertThat(r.trainRows()).isEqualTo(112);
        });
        ReductionRun full = first.runs().stream().filter(ReductionRun::isBaseline).findFirst().orElseThrow();
        assertThat(full.epsilon()).isZero();
        assertThat(full.reduceJoules()).isZero();
        assertThat(full.keptRows()).isEqualTo(112);
        ReductionRun clc = first.runs().stream().filter(r -> r.method().equals("clc") && r.keep() == 0.3)
                .findFirst().orElseThrow();
        assertThat(clc.keptRows()).isBetween(30, 34);
        assertThat(clc.epsilon()).isPositive().isFinite();
        assertThat(clc.reduceJoules()).isPositive();
        ReductionRun fes = first.runs().stream().filter(r -> r.method().equals("fes") && r.keep() == 0.6)
                .findFirst().orElseThrow();
        assertThat(fes.epsilon()).as("epsilon of the rows forgetting events kept").isPositive().isFinite();
        assertThat(fes.reduceJoules()).as("the pre-training is the reduction's cost").isPositive();
        assertThat(fes.reduceSeconds()).isPositive();
    }

    @Test
    void theStatisticsCoverEveryFraction() {
        ReductionStatistics s = first.statistics();
        assertThat(s.baseline().runs()).isEqualTo(2);
        assertThat(s.cells()).hasSize(4).allSatisfy(c -> {
            assertThat(c.runs()).isEqualTo(2);
            assertThat(c.energyRatio()).isPositive();
        });
        assertThat(s.correlations()).hasSize(2).allSatisfy(c -> {
            assertThat(c.epsilonAccuracy().n()).isEqualTo(4);
            assertThat(c.epsilonAccuracy().pValue()).isBetween(0.0, 1.0);
        });
        assertThat(first.environments()).hasSize(1);
        assertThat(first.environments().get(0).libraries()).containsKeys("djl", "pytorch");
    }

    @Test
    void theStudyIsMarkedWithItsKindDesignAndEnvironment() {
        try (Storage s = storage()) {
            StudyRecord r = s.findStudy("tiny").orElseThrow();
            assertThat(r.attrs()).containsEntry(StudyReports.KIND_ATTR, "reduction")
                    .containsKey(ReductionStudy.DESIGN_ATTR).containsKey(ReductionStudy.ENVIRONMENTS_ATTR);
            assertThat(r.attrs().get(ReductionStudy.DESIGN_ATTR)).contains("\"methods\":\"clc,fes\"")
                    .contains("\"meter\":\"constant-power 42.5 W CPU + 23.43 W RAM\"");
        }
    }

    @Test
    void runningAgainTrainsNothingAndStoresNothingTwice() {
        try (Storage s = storage()) {
            int trialsBefore = s.trials(s.findStudy("tiny").orElseThrow().id()).size();
            ReductionResult again = new ReductionRunner(meter).run(s, "tiny", DESIGN, iris);
            assertThat(again.ranNow()).isZero();
            assertThat(again.alreadyDone()).isEqualTo(10);
            assertThat(again.runs()).hasSize(10);
            assertThat(s.trials(s.findStudy("tiny").orElseThrow().id())).hasSize(trialsBefore);
        }
    }

    @Test
    void aRunLeftRunningByAKilledProcessIsRunAgain() {
        ReductionDesign one = new ReductionDesign("iris", List.of("srs"), List.of(0.5), 1,
                ModelSpecs.parse("mlp-paper"), 2, 16, 1, DESIGN.meter());
        try (Storage s = storage()) {
            ReductionStudy opened = ReductionStudy.open(s, "killed", one);
            long id = opened.study().id();
            Instant longAgo = Instant.now().minusSeconds(600);
            RunKey victim = one.runs().get(1);
            int number = s.createTrial(id, longAgo, longAgo);
            s.setParams(id, number, ReductionStudy.params(victim));

            List<String> started = new ArrayList<>();
            ReductionResult r = new ReductionRunner(meter).withListener(new ReductionListener() {
                @Override
                public void onRunStart(RunKey run, int done, int total) {
                    started.add(run.id());
                }
            }).run(s, "killed", one, iris);

            assertThat(started).containsExactly(one.runs().get(0).id(), victim.id());
            assertThat(r.runs()).hasSize(2);
            List<FrozenTrial> trials = s.trials(id);
            assertThat(trials).hasSize(3);
            FrozenTrial stale = trials.stream().filter(t -> t.number() == number).findFirst().orElseThrow();
            assertThat(stale.state()).isEqualTo(TrialState.FAIL);
            assertThat(stale.failReason()).isPresent();
        }
    }

    @Test
    void aRunAliveInAnotherProcessIsNotTouched() {
        ReductionDesign one = new ReductionDesign("iris", List.of("srs"), List.of(0.5), 1,
                ModelSpecs.parse("mlp-paper"), 2, 16, 1, DESIGN.meter());
        try (Storage s = storage()) {
            long id = ReductionStudy.open(s, "alive", one).study().id();
            int number = s.createTrial(id, Instant.now(), Instant.now());
            s.setParams(id, number, ReductionStudy.params(one.runs().get(0)));
            FrozenTrial before = s.trial(id, number).orElseThrow();

            assertThatThrownBy(() -> new ReductionRunner(meter).run(s, "alive", one, iris))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("running in another process");
            assertThat(s.trials(id)).as("no run of its own was started").hasSize(1);
            FrozenTrial after = s.trials(id).get(0);
            assertThat(after.state()).isEqualTo(TrialState.RUNNING);
            assertThat(after.params()).isEqualTo(before.params());
            assertThat(after.heartbeatAt()).isEqualTo(before.heartbeatAt());
            assertThat(after.energy()).isNull();
            assertThat(after.attrs()).isEqualTo(before.attrs());
        }
    }

    @Test
    void anotherDesignOrAnotherKindOfStudyIsRefusedBeforeAnythingIsStored() {
        ReductionDesign other = new ReductionDesign("iris", List.of("clc", "fes"), List.of(0.3, 0.6), 3,
                DESIGN.model(), 3, 16, 5, DESIGN.meter());
        try (Storage s = storage()) {
            int trialsBefore = s.trials(s.findStudy("tiny").orElseThrow().id()).size();
            assertThatThrownBy(() -> new ReductionRunner(meter).run(s, "tiny", other, iris))
                    .hasMessageContaining("was run with another design (repeats 2 stored, 3 given)")
                    .hasMessageContaining("--study");
            assertThat(s.trials(s.findStudy("tiny").orElseThrow().id())).hasSize(trialsBefore);

            s.createStudy("plain", "x=0..1", "value:minimize", Instant.now());
            assertThatThrownBy(() -> new ReductionRunner(meter).run(s, "plain", DESIGN, iris))
                    .hasMessageContaining("is not a reduction study");
        }
    }
}
