package org.greentrain.study.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greentrain.energy.MeterConfig;
import org.greentrain.study.reduction.CellStats;
import org.greentrain.study.reduction.Fmt;
import org.greentrain.study.reduction.ReductionDesign;
import org.greentrain.study.reduction.ReductionReport;
import org.greentrain.study.reduction.ReductionRun;
import org.greentrain.study.reduction.ReductionStudy;
import org.greentrain.study.report.HtmlReport;
import org.greentrain.study.report.Report;
import org.greentrain.study.report.Report.Chart;
import org.greentrain.study.report.Report.Section;
import org.greentrain.study.tuning.RoundRecord;
import org.greentrain.study.tuning.SearchTrace;
import org.greentrain.study.tuning.StrategySummary;
import org.greentrain.study.tuning.TuningAnalysis;
import org.greentrain.study.tuning.TuningFormat;
import org.greentrain.study.tuning.TuningStudy;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.Storages;
import org.greentrain.tune.storage.StudyRecord;
import org.greentrain.tune.study.FrozenTrial;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's real code path on the tiny design: run, summary from the stored runs, report, resume, clashes. */
class DemoRunnerTest {

    @TempDir
    static Path dir;

    static DemoResult first;
    static DemoSummary summary;

    static Storage storage() {
        return Storages.open("sqlite:" + dir.resolve("demo.db"));
    }

    @BeforeAll
    static void runTheDemoOnce() throws Exception {
        try (Storage s = storage()) {
            first = new DemoRunner(DemoFixtures.meter()).run(s, DemoFixtures.tiny());
        }
        summary = DemoSummary.of(first);
    }

    @Test
    void bothPartsRanAndWereStored() {
        DemoDesign d = DemoFixtures.tiny();
        assertThat(first.complete()).isTrue();
        assertThat(first.failures()).isEmpty();
        assertThat(first.reused()).isZero();
        assertThat(first.trainedNow()).isEqualTo(d.totalWork()).isEqualTo(10 + 9);
        assertThat(first.finished()).isEqualTo(d.totalWork());
        assertThat(first.reductionEnergy().runs()).isEqualTo(10);
        assertThat(first.tuningEnergy().runs()).isEqualTo(9);
        assertThat(first.energy().joules()).isPositive();
        assertThat(first.energy().provenances()).containsExactly("constant-model");
        try (Storage s = storage()) {
            assertThat(s.findStudy(DemoStudies.REDUCTION_STUDY)).isPresent();
            assertThat(s.findStudy(DemoStudies.TUNING_STUDY)).isPresent();
        }
    }

    @Test
    void sentenceOneNamesACellOfTheDesignAndQuotesTheStoredMedians() {
        CellStats pick = summary.bestReduction();
        assertThat(pick).as(summary.reduction()).isNotNull();
        assertThat(DemoFixtures.tiny().reduction().methods()).contains(pick.method());
        try (Storage s = storage()) {
            StudyRecord record = s.findStudy(DemoStudies.REDUCTION_STUDY).orElseThrow();
            List<ReductionRun> runs = ReductionStudy.load(s, record).completedRuns();
            double[] fullJ = runs.stream().filter(ReductionRun::isBaseline).mapToDouble(ReductionRun::joules).toArray();
            double[] fullAcc = runs.stream().filter(ReductionRun::isBaseline).mapToDouble(ReductionRun::accuracy)
                    .toArray();
            List<ReductionRun> cell = runs.stream().filter(r -> r.method().equals(pick.method())
                    && r.keep() == pick.keep()).toList();
            double cellJ = median(cell.stream().mapToDouble(ReductionRun::joules).toArray());
            double cellAcc = median(cell.stream().mapToDouble(ReductionRun::accuracy).toArray());
            assertThat(summary.reduction())
                    .startsWith("Data reduction on iris: ")
                    .contains(pick.method().toUpperCase() + " keeping " + Fmt.kept(pick.keep()))
                    .contains(Fmt.metric(cellAcc) + " test accuracy against " + Fmt.metric(median(fullAcc)))
                    .contains(Fmt.percent(1 - cellJ / median(fullJ)) + " less energy")
                    .contains("median " + Fmt.joules(cellJ) + " J against " + Fmt.joules(median(fullJ)) + " J");
        }
    }

    @Test
    void sentenceTwoNamesTheStrategyThatReachedTheTargetCheapestFromTheStoredRounds() {
        StrategySummary w = summary.bestStrategy();
        assertThat(w).as(summary.tuning()).isNotNull();
        try (Storage s = storage()) {
            TuningAnalysis stored = TuningStudy.load(s, DemoStudies.TUNING_STUDY).analysis();
            double target = stored.target();
            double cheapest = Double.POSITIVE_INFINITY;
            for (SearchTrace t : stored.traces()) {
                for (RoundRecord r : t.rounds()) {
                    if (r.bestSoFar() >= target) {
                        cheapest = Math.min(cheapest, r.cumulativeJoules());
                        break;
                    }
                }
            }
            assertThat(w.medianJoulesToTarget()).isEqualTo(cheapest);
            SearchTrace mine = stored.traces(w.strategy()).get(0);
            int round = mine.firstRoundReaching(target).orElseThrow();
            assertThat(summary.tuning()).startsWith("Tuning mlp-paper on iris (3 rounds per strategy): "
                    + w.strategy().id() + " reached the target accuracy " + TuningFormat.accuracy(target))
                    .contains("in " + round + " round")
                    .contains(TuningFormat.joules(mine.joulesThrough(round)));
            assertThat(summary.savings()).allSatisfy(v -> assertThat(v.baseline()).isNotEqualTo(w.strategy()));
        }
    }

    @Test
    void sentenceThreeAddsUpEveryStoredTrial() {
        double joules = 0;
        double co2e = 0;
        int trials = 0;
        try (Storage s = storage()) {
            for (StudyRecord r : s.studies()) {
                if (r.name().equals(DemoStudies.REDUCTION_STUDY) || r.name().startsWith(DemoStudies.TUNING_STUDY
                        + "/")) {
                    for (FrozenTrial t : s.trials(r.id())) {
                        if (t.isComplete()) {
                            joules += t.energy().joules();
                            co2e += t.energy().co2eGrams();
                            trials++;
                        }
                    }
                }
            }
        }
        assertThat(trials).isEqualTo(19);
        assertThat(summary.energy().joules()).isCloseTo(joules, within(1e-9));
        assertThat(summary.energy().co2eGrams()).isCloseTo(co2e, within(1e-12));
        assertThat(summary.cost()).startsWith("Cost of the demo: " + TuningFormat.joules(joules))
                .contains("for its 10 reduction runs and 9 tuning rounds")
                .contains("estimated with a constant-power model [constant-model]")
                .contains("475 gCO2e/kWh (WORLD)");
    }

    @Test
    void theReportJoinsBothPartsWithUniqueIds() {
        Report report = DemoReport.build(first, summary);

        assertThat(report.highlights()).containsExactlyElementsOf(summary.lines());
        List<String> sections = report.sections().stream().map(Section::id).toList();
        List<String> charts = report.sections().stream().flatMap(s -> s.charts().stream()).map(Chart::id).toList();
        List<String> tables = report.sections().stream().flatMap(s -> s.tables().stream()).map(t -> t.id()).toList();
        assertThat(sections).doesNotHaveDuplicates().startsWith("overview")
                .contains("reduction-trade-off", "reduction-design", "tuning-convergence", "tuning-design")
                .doesNotContain("environment");
        assertThat(charts).doesNotHaveDuplicates().contains("reduction-pareto", "tuning-energy-per-round");
        assertThat(tables).doesNotHaveDuplicates().contains("overview", "reduction-design", "tuning-design");
        assertThat(sections.stream().filter(id -> id.startsWith("reduction-")))
                .hasSize(ReductionReport.build(first.reduction()).sections().size());
        assertThat(report.environment()).containsKey("studies").containsKey("CPU");
        String html = HtmlReport.render(report);
        assertThat(html).contains("Data reduction · Accuracy against energy").contains("Tuning · Convergence")
                .contains("id=\"chart-reduction-pareto\"").contains("id=\"table-tuning-rounds\"");
    }

    @Test
    void runningAgainReusesEveryStoredRunAndTrainsNothing() throws Exception {
        try (Storage s = storage()) {
            int trialsBefore = trialCount(s);
            DemoResult again = new DemoRunner(DemoFixtures.meter()).run(s, DemoFixtures.tiny());

            assertThat(again.trainedNow()).isZero();
            assertThat(again.reused()).isEqualTo(DemoFixtures.tiny().totalWork());
            assertThat(trialCount(s)).isEqualTo(trialsBefore);
            assertThat(DemoSummary.of(again).lines()).isEqualTo(summary.lines());
        }
    }

    @Test
    void aStorageHoldingTheDemoWithAnotherDesignIsRefusedBeforeAnythingIsWritten() {
        DemoDesign otherMeter = DemoFixtures.tiny(ReductionDesign.meterMode(DemoFixtures.meterConfig()
                .withConstantPower(new MeterConfig.ConstantPower(10, 5))));
        try (Storage s = storage()) {
            int trialsBefore = trialCount(s);
            Set<Map<String, String>> attrsBefore = attrs(s);

            assertThatThrownBy(() -> new DemoRunner(DemoFixtures.meter()).run(s, otherMeter))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("already holds a study 'demo-reduction' made with another design (meter "
                            + "constant-power 42.5 W CPU + 23.43 W RAM stored, constant-power 10 W CPU + 5 W RAM now)")
                    .hasMessageEndingWith("give the demo another --storage, or delete that database to start over");
            assertThat(trialCount(s)).isEqualTo(trialsBefore);
            assertThat(attrs(s)).isEqualTo(attrsBefore);
        }
    }

    @Test
    void studiesOfTheDemosNamesButAnotherKindAreRefused() {
        try (Storage s = Storages.open("sqlite:" + dir.resolve("clash.db"))) {
            s.createStudy(DemoStudies.TUNING_STUDY, "x=0..1", "loss:minimize", Instant.now());

            assertThatThrownBy(() -> DemoStudies.checkCompatible(s, DemoFixtures.tiny()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("a study 'demo-tuning' made with another design (it is not a tuning study)");
            assertThat(s.findStudy(DemoStudies.REDUCTION_STUDY)).isEmpty();
        }
    }

    @Test
    void theStandardDesignIsTheDocumentedOne() {
        DemoDesign d = DemoDesign.standard("measured");
        assertThat(d.reduction().totalRuns()).isEqualTo(32);
        assertThat(d.tuning().totalRounds()).isEqualTo(48);
        assertThat(d.reductionSummary()).isEqualTo("spambase: srs,clc,mms,des,fes x 3 fractions x 2 repeats "
                + "(+ full data), 32 runs of mlp-paper:dropout=0.25, 30 epochs");
        assertThat(d.tuningSummary()).isEqualTo("mnist: grid,random,bo,bo-cost x 12 rounds, 48 rounds of "
                + "simplecnn:conv=2,linear=3,relu=on, 3 epochs on 5000 training rows");
        assertThatThrownBy(() -> new DemoDesign(new ReductionDesign("beans.csv", List.of("srs"), List.of(0.5), 1,
                d.reduction().model(), 1, 8, 0, "measured"), d.tuning()))
                .hasMessageContaining("the demo runs on built-in datasets");
    }

    private static int trialCount(Storage s) {
        return s.studies().stream().mapToInt(r -> s.trials(r.id()).size()).sum();
    }

    private static Set<Map<String, String>> attrs(Storage s) {
        Set<Map<String, String>> out = new HashSet<>();
        s.studies().forEach(r -> out.add(r.attrs()));
        return out;
    }

    private static double median(double[] values) {
        double[] x = values.clone();
        Arrays.sort(x);
        int n = x.length;
        return n % 2 == 1 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
    }
}
