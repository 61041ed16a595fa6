package org.greentrain.study.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.greentrain.data.catalog.BuiltinDatasets;
import org.greentrain.data.catalog.LoadedDataset;
import org.greentrain.data.split.Splits;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.MeterConfig;
import org.greentrain.energy.RunEnvironment;
import org.greentrain.study.StudyReports;
import org.greentrain.study.factorial.AblationRun;
import org.greentrain.study.factorial.Cell;
import org.greentrain.study.factorial.HyperparameterBox;
import org.greentrain.study.report.HtmlReport;
import org.greentrain.study.report.Report;
import org.greentrain.study.report.Report.Chart;
import org.greentrain.study.report.Report.Series;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.Storages;
import org.greentrain.tune.storage.StudyRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny architecture study on 300 MNIST rows (two cells, two repetitions, one epoch, one-batch profiles), killed
 * after its first profile and resumed, then its report.
 */
class ArchitectureRunnerTest {

    @TempDir
    static Path dir;

    private static LoadedDataset mnist;
    private static EnergyMeter meter;
    private static final List<String> events = new ArrayList<>();
    private static ArchitectureResult killedThenResumed;
    private static ArchitectureResult again;
    private static int profilesAfterTheKill;
    private static int runsAfterTheKill;

    private static final ArchitectureDesign DESIGN = new ArchitectureDesign("mnist", "simplecnn:linear=2",
            List.of("conv=1,2"), HyperparameterBox.PAPER_RQ2.canonical(), 1, 2, 1, 128, 300, 100, 1, 5);

    /** Records the runner's events; throws after the first profile once, as a process killed right then. */
    private static final class Log implements ArchitectureListener {
        private boolean killAfterFirstProfile;

        Log(boolean killAfterFirstProfile) {
            this.killAfterFirstProfile = killAfterFirstProfile;
        }

        @Override
        public void onRunFinished(AblationRun run, int done, int total) {
            events.add("run " + run.cell() + " " + done + "/" + total);
        }

        @Override
        public void onProfileStart(Cell cell, int done, int total) {
            events.add("profile " + cell.label() + " " + done + "/" + total);
        }

        @Override
        public void onProfiled(CellProfile profile, int done, int total) {
            if (killAfterFirstProfile) {
                killAfterFirstProfile = false;
                throw new IllegalStateException("killed");
            }
        }
    }

    @BeforeAll
    static void runKillAndResume() throws IOException {
        LoadedDataset full = BuiltinDatasets.load("mnist");
        mnist = new LoadedDataset(Splits.stratified(full.train(), 400.0 / 60000, 1).test().withName("mnist"),
                Splits.stratified(full.test(), 200.0 / 10000, 2).test().withName("mnist-test"));
        meter = EnergyMeter.discover(MeterConfig.defaults().withGpu(false)
                .withConstantPower(MeterConfig.ConstantPower.paper()));
        try (Storage storage = Storages.open(storageUrl())) {
            assertThatThrownBy(() -> new ArchitectureRunner(meter).withListener(new Log(true))
                    .run(storage, "arch", DESIGN, mnist)).hasMessage("killed");
            ArchitectureStudy stored = ArchitectureStudy.load(storage, storage.findStudy("arch").orElseThrow());
            runsAfterTheKill = stored.runs().size();
            profilesAfterTheKill = stored.profiles().size();
            events.add("killed");
            killedThenResumed = new ArchitectureRunner(meter).withListener(new Log(false))
                    .run(storage, "arch", DESIGN, mnist);
            events.add("resumed");
            again = new ArchitectureRunner(meter).withListener(new Log(false)).run(storage, "arch", DESIGN, mnist);
        }
    }

    private static String storageUrl() {
        return "sqlite:" + dir.resolve("arch.db");
    }

    @Test
    void theStudyRunsEveryCellThenProfilesEachOnceAcrossAKill() {
        assertThat(runsAfterTheKill).isEqualTo(4);
        assertThat(profilesAfterTheKill).isEqualTo(1);
        assertThat(events).hasSize(8);
        assertThat(events.subList(0, 4)).allMatch(e -> e.startsWith("run conv="));
        assertThat(events.subList(4, 8)).containsExactly("profile conv=1 0/2", "killed", "profile conv=2 1/2",
                "resumed");

        assertThat(killedThenResumed.runsAlreadyDone()).isEqualTo(4);
        assertThat(killedThenResumed.runsRunNow()).isZero();
        assertThat(killedThenResumed.profiledNow()).isEqualTo(1);
        assertThat(again.runsRunNow()).isZero();
        assertThat(again.profiledNow()).isZero();
        assertThat(again.snapshot().runs()).isEqualTo(killedThenResumed.snapshot().runs());
        assertThat(again.snapshot().profiles()).isEqualTo(killedThenResumed.snapshot().profiles());
        assertThat(again.snapshot().complete()).isTrue();
        assertThat(again.data()).isEqualTo("mnist: 300 training rows (stratified subset), 100 test rows "
                + "(stratified subset of the official test part)");

        CellProfile profile = again.snapshot().profiles().get(0);
        assertThat(profile.cell()).isEqualTo("conv=1");
        assertThat(profile.samples()).isEqualTo(128);
        assertThat(profile.energyProvenance()).isEqualTo("constant-model");
        assertThat(profile.joulesByType()).containsKeys("conv", "linear", "relu", "pool", "unattributed");
        assertThat(profile.layerTypes().stream().mapToDouble(LayerTypeJoules::energyJoules).sum())
                .isCloseTo(profile.energyJoules(), within(1e-9 * profile.energyJoules()));
    }

    @Test
    void theStudyIsMarkedAsAnArchitectureStudyWithItsDesignAndEnvironment() {
        try (Storage storage = Storages.open(storageUrl())) {
            StudyRecord record = storage.findStudy("arch").orElseThrow();
            assertThat(record.attrs()).containsEntry(StudyReports.KIND_ATTR, "architecture")
                    .containsKey(ArchitectureStudy.DESIGN_ATTR);
            assertThat(storage.trials(record.id())).hasSize(4);
            ArchitectureStudy study = ArchitectureStudy.load(storage, record);
            assertThat(study.design()).isEqualTo(DESIGN);
            List<RunEnvironment> environments = study.environments();
            assertThat(environments).hasSize(1);
            assertThat(environments.get(0).libraries()).containsKeys("djl", "pytorch");
            assertThat(environments.get(0).cpuModel()).isNotBlank();
            assertThat(environments.get(0).meterSources()).isNotEmpty();
        }
    }

    @Test
    void theReportDrawsEnergyPerLayerTypeThatAddsUpToEachProfile() {
        ArchitectureSnapshot s = again.snapshot();
        Report report = reportFromStorage();
        Chart layers = chart(report, "energy-per-layer-type");

        assertThat(layers.categories()).containsExactly("conv=1", "conv=2");
        for (int cell = 0; cell < layers.categories().size(); cell++) {
            double sum = 0;
            for (Series series : layers.series()) {
                sum += series.y()[cell];
            }
            double total = s.profiles().get(cell).energyJoules();
            assertThat(sum).as(layers.categories().get(cell)).isCloseTo(total, within(1e-9 * total));
        }
        assertThat(layers.series()).extracting(Series::name).startsWith("conv", "linear").contains("unattributed");
    }

    @Test
    void theReportsParetoFrontIsNonDominatedAndDominatesEveryOtherRun() {
        ArchitectureSnapshot s = again.snapshot();
        List<AblationRun> front = s.paretoFront();
        Chart pareto = chart(reportFromStorage(), "pareto");
        Series drawn = pareto.series().get(pareto.series().size() - 1);

        assertThat(drawn.name()).isEqualTo("Pareto front");
        assertThat(drawn.x()).containsExactly(front.stream().mapToDouble(AblationRun::energyJoules).toArray());
        assertThat(front).isNotEmpty();
        for (AblationRun r : s.runs()) {
            boolean dominated = s.runs().stream().anyMatch(o -> dominates(o, r));
            assertThat(front.contains(r)).as("run " + r.trial()).isEqualTo(!dominated);
        }
    }

    @Test
    void theReportHasTheTablesHighlightsAndEnvironmentAndRenders() {
        Report report = reportFromStorage();

        assertThat(report.title()).isEqualTo("Architecture study: arch");
        assertThat(report.highlights().get(0)).startsWith("conv 1 → 2 ").contains("η² = ");
        assertThat(report.highlights()).anyMatch(h -> h.startsWith("Low-energy cluster E- ("))
                .anyMatch(h -> h.startsWith("Largest shares of the profiled training energy"));
        assertThat(report.sections()).extracting(Report.Section::id).containsExactly("cells", "factors",
                "trade-off", "layer-types", "paper", "runs", "design");
        assertThat(report.sections().stream().flatMap(sec -> sec.tables().stream()).map(Report.Table::id))
                .contains("cells", "factors", "clusters", "layer-types", "paper-comparison", "runs", "design",
                        "hyperparameter-sets");
        List<List<String>> paper = report.sections().get(4).tables().get(0).rows();
        assertThat(paper.get(0).get(1)).startsWith("+95.3% on Fashion-MNIST, +66.4% on CIFAR-10");
        assertThat(paper.get(0).get(2)).startsWith("1 → 2 ").contains("η² = ");
        assertThat(paper.get(1).get(2)).isEqualTo("linear is not a factor of this design");
        assertThat(paper.get(5).get(2)).startsWith("fewest: conv=2, ");
        assertThat(report.environment()).containsKeys("CPU", "JVM", "djl", "pytorch", "meter sources",
                "carbon intensity");
        assertThat(HtmlReport.render(report)).contains("Architecture study: arch", "chart-energy-per-layer-type");
    }

    @Test
    void anotherDesignOrKindUnderTheSameNameIsRefusedBeforeAnythingIsWritten() {
        ArchitectureDesign more = new ArchitectureDesign("mnist", "simplecnn:linear=2", List.of("conv=1,2"),
                HyperparameterBox.PAPER_RQ2.canonical(), 1, 3, 1, 128, 300, 100, 1, 5);
        try (Storage storage = Storages.open(storageUrl())) {
            StudyRecord before = storage.findStudy("arch").orElseThrow();

            assertThatThrownBy(() -> new ArchitectureRunner(meter).run(storage, "arch", more, mnist))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("architecture study 'arch' was run with another design (repeats 2 stored, 3 given): "
                            + "repeat the stored design to resume it, or give a new --study name");
            assertThat(storage.findStudy("arch").orElseThrow().attrs()).isEqualTo(before.attrs());
            assertThat(storage.trials(before.id())).hasSize(4);
        }
        try (Storage storage = Storages.open("memory:")) {
            long id = storage.createStudy("tuned", "x=0..1", "accuracy:maximize", Instant.now()).id();
            storage.setStudyAttr(id, StudyReports.KIND_ATTR, "tuning");

            assertThatThrownBy(() -> ArchitectureStudy.open(storage, "tuned", DESIGN))
                    .hasMessage("study 'tuned' in memory: is a tuning study, not an architecture study: give another "
                            + "--study name");
        }
    }

    private static Report reportFromStorage() {
        try (Storage storage = Storages.open(storageUrl())) {
            return StudyReports.build(storage, "arch");
        }
    }

    private static Chart chart(Report report, String id) {
        return report.sections().stream().flatMap(s -> s.charts().stream()).filter(c -> c.id().equals(id))
                .findFirst().orElseThrow();
    }

    /** Whether {@code a} is no worse than {@code b} on energy and accuracy and better on one. */
    private static boolean dominates(AblationRun a, AblationRun b) {
        return a.energyJoules() <= b.energyJoules() && a.accuracy() >= b.accuracy()
                && (a.energyJoules() < b.energyJoules() || a.accuracy() > b.accuracy());
    }
}
