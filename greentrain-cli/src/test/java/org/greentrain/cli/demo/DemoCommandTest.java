package org.greentrain.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.greentrain.cli.CliRun;
import org.greentrain.cli.Main;
import org.greentrain.cli.common.ErrorReporter;
import org.greentrain.study.demo.DemoDesign;
import org.greentrain.study.reduction.ReductionDesign;
import org.greentrain.study.tuning.Strategy;
import org.greentrain.study.tuning.TuningDesign;
import org.greentrain.train.spec.ModelSpecs;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.Storages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code greentrain demo} through its command line, on a demo shrunk to iris (10 reduction runs, 9 tuning rounds):
 * the report and the three sentences, the resume, the JSON, and bad input refused before anything is written.
 */
class DemoCommandTest {

    @TempDir
    static Path dir;

    static CliRun first;

    /** SRS and MMS at 30% and 60% of iris, 2 repeats of 8 epochs; grid, random and BO for 3 rounds on iris. */
    static DemoDesign tiny(String meterMode) {
        return new DemoDesign(new ReductionDesign("iris", List.of("srs", "mms"), List.of(0.3, 0.6), 2,
                ModelSpecs.parse("mlp-paper:dropout=0.1"), 8, 16, 0, meterMode),
                new TuningDesign("iris", "mlp-paper:dropout=0.1", TuningDesign.space("3"),
                        List.of(Strategy.GRID, Strategy.RANDOM, Strategy.BO), 3, 1, 1, 4, 16, 0, 0, 0, 0.98,
                        TuningDesign.DEFAULT_OPTIMUM_TOLERANCE, null));
    }

    /** The tiny demo's command line into the shared storage and report; {@code extra} options come last. */
    static CliRun demo(String... extra) {
        List<String> args = new ArrayList<>(List.of("--no-gpu", "--constant-power", "42.5,23.43", "--storage",
                "sqlite:" + dir.resolve("demo.db"), "--out", dir.resolve("report.html").toString()));
        args.addAll(Arrays.asList(extra));
        return run(args.toArray(new String[0]));
    }

    /** The tiny demo's command line with exactly {@code args}. */
    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ErrorReporter errors = new ErrorReporter();
        CommandLine cmd = new CommandLine(new DemoCommand(DemoCommandTest::tiny))
                .setExecutionExceptionHandler(errors).setParameterExceptionHandler(errors);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void runTheDemoOnce() {
        first = demo();
    }

    @Test
    void theFirstRunTrainsEverythingWritesTheReportAndPrintsItsPathAndThreeSentences() throws IOException {
        assertThat(first.exitCode()).as(first.err()).isZero();
        List<String> lines = first.out().strip().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("greentrain demo: 19 of 19 runs and rounds stored in sqlite:"
                + dir.resolve("demo.db") + ", all trained now; running the demo again reuses them");
        assertThat(lines.get(1)).isEqualTo("report: " + dir.resolve("report.html")
                + " (open it in any browser; it works offline)");
        assertThat(lines.get(2)).startsWith("* Data reduction on iris: ");
        assertThat(lines.get(3)).startsWith("* Tuning mlp-paper on iris (3 rounds per strategy): ");
        assertThat(lines.get(4)).startsWith("* Cost of the demo: ").contains("for its 10 reduction runs and 9 tuning "
                + "rounds").contains("[constant-model]");
        assertThat(first.err()).contains("greentrain demo: part 1, data reduction on iris: srs,mms x 2 fractions")
                .contains("reduction study 'demo-reduction': 0 of 10 runs already done, 10 to run")
                .contains("tuning study 'demo-tuning': 0 of 9 rounds already done, 9 to run");

        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).contains("What the demo did").contains("Data reduction · Accuracy against energy")
                .contains("Tuning · Convergence").contains("id=\"chart-reduction-pareto\"")
                .contains("id=\"chart-tuning-energy-per-round\"");
        for (String sentence : lines.subList(2, 5)) {
            assertThat(html).contains(sentence.substring(2));
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp")
                    || n.endsWith(".probe"));
        }
    }

    @Test
    void runningAgainReusesEveryStoredRunTrainsNothingAndSaysSo() {
        int trialsBefore = trialCount();

        CliRun again = demo();

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).startsWith("greentrain demo: 19 of 19 runs and rounds stored in sqlite:"
                + dir.resolve("demo.db") + ", all reused from an earlier run, so nothing was trained");
        assertThat(again.err()).contains("reduction study 'demo-reduction': 10 of 10 runs already done; nothing to "
                + "train").contains("tuning study 'demo-tuning': 9 of 9 rounds already done; nothing to train");
        assertThat(again.out().lines().skip(2).toList()).isEqualTo(first.out().lines().skip(2).toList());
        assertThat(trialCount()).isEqualTo(trialsBefore);
    }

    @Test
    void theJsonHasTheReportPathTheSentencesAndTheFiguresBehindThem() throws Exception {
        CliRun json = demo("--json", "-q");

        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.err()).isEmpty();
        JsonNode r = new ObjectMapper().readTree(json.out());
        assertThat(r.get("report").asText()).isEqualTo(dir.resolve("report.html").toString());
        assertThat(r.get("studies").get("reduction").asText()).isEqualTo("demo-reduction");
        assertThat(r.get("complete").asBoolean()).isTrue();
        assertThat(r.get("reused").asInt()).isEqualTo(19);
        assertThat(r.get("trainedNow").asInt()).isZero();
        assertThat(r.get("summary")).hasSize(3);
        assertThat(r.get("summary").get(0).asText()).isEqualTo(first.out().lines().toList().get(2).substring(2));
        JsonNode best = r.get("bestReduction");
        assertThat(best.get("method").asText()).isIn("srs", "mms");
        assertThat(r.get("summary").get(0).asText()).contains(best.get("method").asText().toUpperCase());
        assertThat(best.get("energySaving").asDouble()).isBetween(0.0, 1.0);
        assertThat(r.get("bestStrategy").get("strategy").asText()).isIn("grid", "random", "bo");
        assertThat(r.get("energy").get("runs").asInt()).isEqualTo(19);
        assertThat(r.get("energy").get("joules").asDouble()).isPositive();
        assertThat(r.get("energy").get("provenances").get(0).asText()).isEqualTo("constant-model");
        assertThat(r.get("failures")).isEmpty();
    }

    @Test
    void aStorageHoldingTheDemoMeasuredAnotherWayIsRefusedAndNothingIsWritten() {
        int trialsBefore = trialCount();
        Path other = dir.resolve("other.html");

        CliRun measured = run("--no-gpu", "--storage", "sqlite:" + dir.resolve("demo.db"), "--out", other.toString());

        expectUsage(measured, "already holds a study 'demo-reduction' made with another design (meter "
                + "constant-power 42.5 W CPU + 23.43 W RAM stored, measured now): give the demo another --storage");
        assertThat(other).doesNotExist();
        assertThat(trialCount()).isEqualTo(trialsBefore);
    }

    @Test
    void aBadReportPathIsRefusedBeforeTheStorageIsCreated() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "x");
        Path storage = dir.resolve("never.db");
        String url = "sqlite:" + storage;

        expectUsage(run("--storage", url, "--out", dir.resolve("missing/report.html").toString()),
                "directory " + dir.resolve("missing") + " does not exist; create it first");
        expectUsage(run("--storage", url, "--out", dir.toString()), "is a directory: give a file name");
        expectUsage(run("--storage", url, "--out", file.resolve("report.html").toString()),
                file + " is not a directory");
        assertThat(storage).doesNotExist();
    }

    @Test
    void aReportDirectoryThatCannotBeWrittenIsRefused() throws IOException {
        Path locked = Path.of("/sys");
        assumeThat(Files.isDirectory(locked)).isTrue();
        assumeThat(cannotCreateIn(locked)).as("/sys refuses new files here").isTrue();
        Path storage = dir.resolve("never-either.db");

        expectUsage(run("--storage", "sqlite:" + storage, "--out", "/sys/report.html"),
                "--out /sys/report.html: cannot write in /sys (");
        assertThat(storage).doesNotExist();
    }

    @Test
    void badMeterOptionsAndThreadsAreRefusedBeforeTheStorageIsCreated() {
        Path storage = dir.resolve("not-created.db");
        String url = "sqlite:" + storage;
        String out = dir.resolve("r.html").toString();

        expectUsage(run("--storage", url, "--out", out, "--pue", "0.5"), "PUE must be a number >= 1");
        expectUsage(run("--storage", url, "--out", out, "--constant-power", "1,2,3"),
                "--constant-power takes two numbers");
        expectUsage(run("--storage", url, "--out", out, "--threads", "0"), "--threads must be at least 1");
        assertThat(storage).doesNotExist();
        assertThat(dir.resolve("r.html")).doesNotExist();
    }

    @Test
    void demoIsTheFirstVerbAndItsDefaultsAreItsOwnStorageAndReportHtml() {
        assertThat(Main.commandLine().getSubcommands().keySet().iterator().next()).isEqualTo("demo");

        CliRun help = CliRun.of("demo", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("(default: sqlite:greentrain-demo.db)").contains("(default: report.html)")
                .contains("--constant-power").contains("--json").contains("--threads");
    }

    private static int trialCount() {
        try (Storage s = Storages.open("sqlite:" + dir.resolve("demo.db"))) {
            return s.studies().stream().mapToInt(r -> s.trials(r.id()).size()).sum();
        }
    }

    private static boolean cannotCreateIn(Path directory) {
        try {
            Files.delete(Files.createTempFile(directory, ".greentrain-test", ".probe"));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static void expectUsage(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(message);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.out()).isEmpty();
    }
}
