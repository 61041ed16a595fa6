package org.greentrain.study.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greentrain.study.StudyReports;
import org.greentrain.study.report.HtmlReport;
import org.greentrain.study.report.Report;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.Storages;
import org.greentrain.tune.storage.StudyRecord;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.TrialState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tiny tuning studies: 300 MNIST rows, 1 epoch, a few rounds. */
class TuningRunnerTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    private Storage storage() {
        return Storages.open("sqlite:" + dir.resolve("t.db"));
    }

    @Test
    void everyStrategyRunsItsRoundsAndAResumedStudyRunsOnlyWhatIsMissing() {
        List<String> events = new ArrayList<>();
        TuningListener log = new TuningListener() {
            @Override
            public void onRoundFinished(Strategy s, int search, RoundRecord round, int done, int total) {
                events.add(s.id() + "/s" + search + "/r" + round.round() + " " + done + "/" + total);
            }
        };
        try (Storage storage = storage()) {
            TuningResult first = new TuningRunner(TuningFixtures.meter()).withListener(log)
                    .run(storage, "tiny", TuningFixtures.tiny("all", 2, 1, 1), TuningFixtures.mnist());

            assertThat(first.ranNow()).isEqualTo(12);
            assertThat(first.complete()).isTrue();
            assertThat(first.failure()).isEmpty();
            assertThat(events.subList(0, 6)).containsExactly("grid/s1/r1 1/12", "random/s1/r1 2/12", "bo/s1/r1 3/12",
                    "bo-ei/s1/r1 4/12", "bo-cost/s1/r1 5/12", "bo-asha/s1/r1 6/12");
            assertThat(first.environments()).hasSize(1);
            assertThat(first.environments().get(0).libraries()).containsKeys("djl", "pytorch");
            for (SearchTrace t : first.analysis().traces()) {
                assertThat(t.rounds()).hasSize(2).allSatisfy(r -> {
                    assertThat(r.energyJoules()).isPositive();
                    assertThat(r.provenance()).isEqualTo("constant-model");
                });
                assertThat(t.rounds().get(1).cumulativeJoules()).isGreaterThan(t.rounds().get(0).cumulativeJoules());
            }
            assertThat(first.analysis().summaries()).hasSize(6);

            events.clear();
            TuningResult more = new TuningRunner(TuningFixtures.meter()).withListener(log)
                    .run(storage, "tiny", TuningFixtures.tiny("all", 3, 1, 1), TuningFixtures.mnist());

            assertThat(more.alreadyDone()).isEqualTo(12);
            assertThat(more.ranNow()).isEqualTo(6);
            assertThat(events).allMatch(e -> e.contains("/r3 "));
            for (SearchTrace t : more.analysis().traces()) {
                assertThat(t.rounds()).extracting(RoundRecord::round).containsExactly(1, 2, 3);
                assertThat(storage.trials(storage.findStudy(t.studyName()).orElseThrow().id())).hasSize(3);
            }
        }
    }

    @Test
    void aRoundAKilledProcessLeftRunningIsRunAgainAndNothingIsStoredTwice() {
        try (Storage storage = storage()) {
            TuningDesign design = TuningFixtures.tiny("random", 2, 1, 1);
            new TuningRunner(TuningFixtures.meter()).run(storage, "k", TuningFixtures.tiny("random", 1, 1, 1),
                    TuningFixtures.mnist());
            long child = storage.findStudy("k/random/s1").orElseThrow().id();
            Instant longAgo = Instant.now().minusSeconds(600);
            int orphan = storage.createTrial(child, longAgo, longAgo);

            TuningResult resumed = new TuningRunner(TuningFixtures.meter()).run(storage, "k", design,
                    TuningFixtures.mnist());

            assertThat(resumed.ranNow()).isEqualTo(1);
            List<FrozenTrial> trials = storage.trials(child);
            assertThat(trials).extracting(FrozenTrial::state).containsExactly(TrialState.COMPLETE, TrialState.FAIL,
                    TrialState.COMPLETE);
            assertThat(trials.get(orphan).failReason()).isPresent();
            assertThat(resumed.analysis().traces().get(0).rounds()).extracting(RoundRecord::trial)
                    .containsExactly(0, 2);
        }
    }

    @Test
    void anotherDesignOrAStudyOfAnotherKindIsRefusedBeforeAnythingIsWritten() {
        try (Storage storage = storage()) {
            new TuningRunner(TuningFixtures.meter()).run(storage, "d", TuningFixtures.tiny("grid,random", 1, 1, 1),
                    TuningFixtures.mnist());
            TuningDesign other = new TuningDesign("mnist", "simplecnn", TuningDesign.space("5"),
                    Strategy.parseList("random"), 1, 2, 1, 1, 128, 300, 100, 0, 0.98, 0.005, null);

            assertThatThrownBy(() -> new TuningRunner(TuningFixtures.meter()).run(storage, "d", other,
                    TuningFixtures.mnist()))
                    .hasMessageContaining("tuning study 'd' was run with another design")
                    .hasMessageContaining("--space beta1=0.1..1.0,beta2=0.8..1.0,lr=1.0E-5..0.1 stored")
                    .hasMessageContaining("--repeats 1 stored, 2 given")
                    .hasMessageContaining("strategies grid are stored but not given");
            assertThat(storage.findStudy("d/random/s1").map(r -> storage.trials(r.id()).size())).contains(1);
            storage.createStudy("plain", "x=0..1", "value:minimize", Instant.now());
            assertThatThrownBy(() -> new TuningRunner(TuningFixtures.meter()).run(storage, "plain",
                    TuningFixtures.tiny("random", 1, 1, 1), TuningFixtures.mnist()))
                    .hasMessageContaining("study 'plain'").hasMessageContaining("is not a tuning study");
            assertThatThrownBy(() -> new TuningRunner(TuningFixtures.meter()).run(storage, "g",
                    TuningFixtures.tiny("grid", 126, 1, 1), TuningFixtures.mnist()))
                    .hasMessageContaining("the grid of this space has 125 points, fewer than --rounds 126");
            assertThat(storage.findStudy("g")).isEmpty();
        }
    }

    @Test
    void aStoredStudyRendersAsAReportThatAHeadlessChromiumDraws() throws Exception {
        try (Storage storage = storage()) {
            new TuningRunner(TuningFixtures.meter()).run(storage, "r", TuningFixtures.tiny("random,bo,bo-asha", 2, 1,
                    2), TuningFixtures.mnist());
            StudyRecord parent = storage.findStudy("r").orElseThrow();
            assertThat(TuningStudy.isTuning(parent)).isTrue();

            Report report = StudyReports.build(storage, "r");

            assertThat(report.title()).isEqualTo("Tuning study: r");
            assertThat(report.highlights()).anyMatch(h -> h.startsWith("Best mean accuracy"));
            assertThat(report.sections()).extracting(Report.Section::id).containsExactly("convergence", "energy",
                    "tables", "importance", "paper", "rounds", "design");
            assertThat(report.sections().get(5).tables().get(0).rows()).hasSize(12);
            Report.Section importance = report.sections().get(3); // random and bo complete 8 rounds: enough
            assertThat(importance.tables().get(0).rows()).extracting(row -> row.get(0))
                    .containsExactlyInAnyOrder("lr", "beta1", "beta2");
            assertThat(importance.charts()).extracting(Report.Chart::id).containsExactly("importance");
            assertThat(report.environment()).containsKeys("CPU", "djl", "pytorch", "meter sources");
            Path out = dir.resolve("report.html");
            HtmlReport.write(report, out);
            assertThat(Files.readString(out)).contains("Best-so-far accuracy against cumulative energy");

            assumeThat(CHROMIUM).as("Debian's chromium is needed for the rendering check (.ci/run installs it)")
                    .exists();
            Map<String, String> body = renderedBodyAttributes(out);
            int charts = (int) report.sections().stream().mapToLong(s -> s.charts().size()).sum();
            assertThat(body.get("data-charts-expected")).isEqualTo(Integer.toString(charts));
            assertThat(body.get("data-charts-drawn")).isEqualTo(Integer.toString(charts));
        }
    }

    /** Loads the page in headless Chromium and returns the attributes the page's script set on body. */
    private Map<String, String> renderedBodyAttributes(Path page) throws Exception {
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("chromium-profile"), "--virtual-time-budget=5000",
                "--dump-dom", page.toUri().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
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
