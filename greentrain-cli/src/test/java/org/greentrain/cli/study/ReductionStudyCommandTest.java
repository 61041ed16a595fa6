package org.greentrain.cli.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.greentrain.cli.CliRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code greentrain study reduction} on iris: 2 methods x 2 fractions x 2 repeats of 2 epochs, then its bad input. */
class ReductionStudyCommandTest {

    @TempDir
    static Path dir;

    static CliRun first;

    /** The tiny study's command line; options in {@code extra} replace the defaults of the same name. */
    static CliRun study(String... extra) {
        List<String> given = Arrays.asList(extra);
        List<String> all = new ArrayList<>(List.of("study", "reduction", "--dataset", "iris", "--epochs", "2",
                "--batch", "16", "--no-gpu", "--constant-power", "42.5,23.43", "--storage",
                "sqlite:" + dir.resolve("studies.db"), "--study", "tiny"));
        String[][] defaults = {{"--methods", "srs,mms"}, {"--keep", "0.3,0.6"}, {"--repeats", "2"}};
        for (String[] d : defaults) {
            if (!given.contains(d[0])) {
                all.addAll(List.of(d));
            }
        }
        all.addAll(given);
        return CliRun.of(all.toArray(new String[0]));
    }

    @BeforeAll
    static void runTheStudy() {
        first = study("--json", "-q");
    }

    @Test
    void theJsonHasTheDesignMediansCorrelationsAndEveryRun() throws Exception {
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(first.out());
        assertThat(r.get("study").asText()).isEqualTo("tiny");
        assertThat(r.get("design").get("methods").asText()).isEqualTo("srs,mms");
        assertThat(r.get("design").get("keep").asText()).isEqualTo("0.3,0.6");
        assertThat(r.get("design").get("model").asText()).isEqualTo("mlp-paper:dropout=0.25");
        assertThat(r.get("runsTotal").asInt()).isEqualTo(10);
        assertThat(r.get("runsRunNow").asInt()).isEqualTo(10);
        assertThat(r.get("trainRows").asInt()).isEqualTo(112);
        assertThat(r.get("energy").get("provenances").get(0).asText()).isEqualTo("constant-model");
        assertThat(r.get("energy").get("comparableWithPaper").asBoolean()).isTrue();
        assertThat(r.get("baseline").get("runs").asInt()).isEqualTo(2);
        assertThat(r.get("cells")).hasSize(4).allSatisfy(c -> {
            assertThat(c.get("accuracy").get("median").asDouble()).isBetween(0.0, 1.0);
            assertThat(c.get("energyJoules").get("median").asDouble()).isPositive();
            assertThat(c.has("energySaving")).isTrue();
            assertThat(c.get("epsilon").asDouble()).isPositive();
        });
        assertThat(r.get("correlations")).hasSize(2).allSatisfy(c -> {
            assertThat(c.get("epsilonAccuracy").get("n").asInt()).isEqualTo(4);
            assertThat(c.get("epsilonMacroF1").has("pValue")).isTrue();
        });
        assertThat(r.get("paretoFront").size()).isPositive();
        assertThat(r.get("highlights").size()).isPositive();
        assertThat(r.get("environments").get(0).get("cpuModel").asText()).isNotBlank();
        assertThat(r.get("runs")).hasSize(10).allSatisfy(run -> {
            assertThat(run.get("energyJoules").asDouble()).isPositive();
            assertThat(run.get("epsilonPerClass")).hasSize(3);
        });
    }

    @Test
    void runningTheSameCommandAgainTrainsNothingAndPrintsTheTables() {
        CliRun again = study();

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("reduction study 'tiny': 10 of 10 runs already done; nothing to train");
        assertThat(again.out()).contains("10 of 10 finished (10 before this command, 0 now)")
                .contains("Medians over the repeats").contains("full data").contains("SRS").contains("MMS")
                .contains("Spearman's ρ of ε").contains("CodeCarbon's constants")
                .contains("report: greentrain report tiny --storage sqlite:" + dir.resolve("studies.db")
                        + " --out report.html");
    }

    @Test
    void badInputIsOneLineAndExitCode2() {
        expectUsage(study("--keep", "0..2"), "--keep takes fractions of the rows to keep, but '0..2' is not valid");
        expectUsage(study("--keep", "0.1..0.9:0"), "the step must be positive");
        expectUsage(study("--methods", "srs,nope"), "unknown reduction method 'nope'");
        expectUsage(study("--repeats", "0"), "--repeats must be at least 1");
        expectUsage(study("--model", "mlp:hidden=8", "--dropout", "0.1"), "--dropout applies to mlp-paper");
        expectUsage(study("--model", "mlp-paper:dropout=0.5", "--dropout", "0.1"), "the dropout is given twice");
        expectUsage(study("--threads", "0"), "--threads must be at least 1");
        expectUsage(study("--keep", "0.3"), "was run with another design (keep 0.3,0.6 stored, 0.3 given)");
        expectUsage(CliRun.of("study", "reduction", "--storage", "sqlite:" + dir.resolve("x.db")), "no data");
        assertThat(Files.exists(dir.resolve("x.db"))).isFalse();
    }

    private static void expectUsage(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(message);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.out()).isEmpty();
    }
}
