package org.greentrain.study.reduction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greentrain.data.catalog.BuiltinDatasets;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.study.StudyReports;
import org.greentrain.study.report.HtmlReport;
import org.greentrain.study.report.Report;
import org.greentrain.train.spec.ModelSpecs;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.Storages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of a tiny stored reduction study, checked as data and drawn by a real headless Chromium. */
class ReductionReportTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path dir;

    static Report report;

    @BeforeAll
    static void storeATinyStudyAndBuildItsReport() throws Exception {
        ReductionRunnerTest.oneIntraOpThread();
        ReductionDesign design = new ReductionDesign("iris", List.of("srs", "mms"), List.of(0.3, 0.6), 2,
                ModelSpecs.parse("mlp-paper"), 2, 16, 3, ReductionDesign.meterMode(ReductionRunnerTest.meterConfig()));
        try (Storage s = Storages.open("sqlite:" + dir.resolve("report.db"))) {
            new ReductionRunner(EnergyMeter.discover(ReductionRunnerTest.meterConfig()))
                    .run(s, "tiny-report", design, BuiltinDatasets.load("iris").train());
            report = StudyReports.build(s, "tiny-report");
        }
    }

    @Test
    void thePaperComparisonIsComputedFromTheStoredRuns() throws Exception {
        Report.Table table = report.sections().stream().flatMap(s -> s.tables().stream())
                .filter(t -> t.id().equals("paper-comparison")).findFirst().orElseThrow();
        try (Storage s = Storages.open("sqlite:" + dir.resolve("report.db"))) {
            ReductionStudy study = ReductionStudy.load(s, s.findStudy("tiny-report").orElseThrow());
            ReductionStatistics stats = ReductionStatistics.of(study.design(), study.completedRuns());
            CellStats srs = stats.cell("srs", 0.3).orElseThrow();
            assertThat(table.rows().get(0).get(2)).isEqualTo("SRS at 30%: " + Fmt.percent(srs.energySaving())
                    + " less energy");
            long mmsSmallest = stats.correlations().stream().map(Correlation::keep)
                    .filter(k -> stats.cell("mms", k).orElseThrow().epsilon()
                            <= stats.cell("srs", k).orElseThrow().epsilon()).count();
            assertThat(table.rows().get(2).get(2)).startsWith("MMS smallest at " + mmsSmallest + " of 2 fractions");
        }
        assertThat(table.rows().get(1).get(2)).startsWith("not measured");
    }

    @Test
    void theReportHasEveryChartTableAndTheEnvironment() {
        List<String> charts = report.sections().stream().flatMap(s -> s.charts().stream()).map(Report.Chart::id)
                .toList();
        assertThat(charts).containsExactly("pareto", "energy", "accuracy", "macro-f1", "spread-srs", "spread-mms",
                "epsilon");
        List<String> tables = report.sections().stream().flatMap(s -> s.tables().stream()).map(Report.Table::id)
                .toList();
        assertThat(tables).containsExactly("spearman", "medians", "savings", "paper-comparison", "runs", "design");
        Report.Table runs = report.sections().stream().flatMap(s -> s.tables().stream())
                .filter(t -> t.id().equals("runs")).findFirst().orElseThrow();
        assertThat(runs.rows()).hasSize(10);
        assertThat(report.title()).isEqualTo("Data reduction on iris: accuracy against energy");
        assertThat(report.subtitle()).contains("tiny-report").contains("10 of 10 runs finished");
        assertThat(report.highlights()).isNotEmpty().anyMatch(h -> h.contains("Spearman"));
        assertThat(report.environment()).containsKeys("CPU", "JVM", "djl", "pytorch", "meter sources",
                "carbon intensity", "energy provenance", "meter mode");
        assertThat(report.environment().get("energy provenance")).isEqualTo("constant-model");
        Report.Chart pareto = report.sections().get(0).charts().get(0);
        assertThat(pareto.series()).extracting(Report.Series::name).contains("SRS", "MMS", "full data",
                "Pareto front");
        assertThat(report.sections().get(0).paragraphs()).anyMatch(p -> p.contains("compare with the published"));
    }

    @Test
    void anUnknownStudyListsTheStudiesThatExist() {
        try (Storage s = Storages.open("sqlite:" + dir.resolve("report.db"))) {
            s.createStudy("plain-tune", "x=0..1", "value:minimize", Instant.now());
            assertThatThrownBy(() -> StudyReports.build(s, "nope")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no study 'nope'")
                    .hasMessageContaining("studies there: plain-tune, tiny-report (reduction)");
            assertThatThrownBy(() -> StudyReports.build(s, "plain-tune"))
                    .hasMessageContaining("a plain tuning study").hasMessageContaining("reduction");
        }
        try (Storage empty = Storages.open("memory:")) {
            assertThatThrownBy(() -> StudyReports.build(empty, "x")).hasMessageContaining("holds no studies yet");
        }
    }

    @Test
    void aRealHeadlessChromiumDrawsEveryChart() throws Exception {
        assumeThat(Files.isExecutable(CHROMIUM))
                .as("SKIPPED: Debian's chromium (/usr/bin/chromium) is needed to check that the report renders")
                .isTrue();
        Path page = dir.resolve("report.html");
        HtmlReport.write(report, page);

        Map<String, String> body = renderedBodyAttributes(page, dir);

        assertThat(body.get("data-charts-expected")).isEqualTo("7");
        assertThat(body.get("data-charts-drawn")).isEqualTo("7");
        assertThat(body.get("data-charts-inked")).isEqualTo("7");
    }

    /** Loads the page in headless Chromium and returns the attributes the page's script set on body. */
    static Map<String, String> renderedBodyAttributes(Path page, Path workDir) throws Exception {
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + workDir.resolve("chromium-profile"),
                "--virtual-time-budget=5000", "--dump-dom", page.toUri().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
        Matcher body = Pattern.compile("<body([^>]*)>").matcher(dom);
        assertThat(body.find()).as("chromium printed a DOM").isTrue();
        Map<String, String> attributes = new HashMap<>();
        Matcher a = Pattern.compile("([\\w-]+)=\"([^\"]*)\"").matcher(body.group(1));
        while (a.find()) {
            attributes.put(a.group(1), a.group(2));
        }
        return attributes;
    }
}
