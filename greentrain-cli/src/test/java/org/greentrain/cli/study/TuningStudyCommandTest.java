package org.greentrain.cli.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greentrain.cli.CliRun;
import org.greentrain.cli.common.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code greentrain study tuning} on 300 MNIST rows, 1 epoch, 2-3 rounds, and its report. */
class TuningStudyCommandTest {

    @TempDir
    Path dir;

    private CliRun study(String... extra) {
        String[] base = {"study", "tuning", "--no-gpu", "--storage", "sqlite:" + dir.resolve("s.db"), "--dataset",
            "mnist", "--train-rows", "300", "--test-rows", "100", "--epochs", "1", "--batch", "128", "--repeats", "1",
            "--constant-power", "42.5,23.43", "--study", "t"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return CliRun.of(all);
    }

    private static JsonNode json(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Json.mapper().readTree(run.out());
    }

    @Test
    void theStudyRunsEveryStrategyResumesAndRendersItsReport() throws Exception {
        JsonNode first = json(study("--strategies", "random,bo-asha", "--rounds", "2", "--json"));

        assertThat(first.get("ranNow").asInt()).isEqualTo(4);
        assertThat(first.get("complete").asBoolean()).isTrue();
        assertThat(first.get("design").get("strategies").toString()).isEqualTo("[\"random\",\"bo-asha\"]");
        assertThat(first.get("strategies")).hasSize(2);
        assertThat(first.get("searches")).hasSize(2).allSatisfy(s -> {
            assertThat(s.get("rounds")).hasSize(2);
            assertThat(s.get("rounds").get(0).get("energyJoules").asDouble()).isPositive();
            assertThat(s.get("tuneStudy").asText()).startsWith("t/");
        });
        assertThat(first.get("target").asDouble()).isCloseTo(0.98 * first.get("bestAccuracy").asDouble(),
                within(1e-12));
        assertThat(first.get("environments").get(0).has("cpuModel")).isTrue();
        assertThat(first.get("design").get("asha").asText()).isEqualTo("min-resource=1,eta=3,s=0");

        CliRun more = study("--strategies", "random,bo-asha", "--rounds", "3");
        assertThat(more.exitCode()).as(more.err()).isZero();
        assertThat(more.out()).contains("6 of 6 finished (4 before this command, 2 now)", "Per strategy",
                "report: greentrain report t --storage sqlite:");
        assertThat(more.err()).contains("tuning study 't': 4 of 6 rounds already done, 2 to run");
        assertThat(more.out()).containsPattern("bo-asha +asha\\(min-resource=1,eta=3,s=0\\), rungs over epochs");
        assertUsage(study("--strategies", "random,bo-asha", "--rounds", "3", "--asha", "min-resource=2"),
                "--asha min-resource=1,eta=3,s=0 stored, min-resource=2,eta=3,s=0 given");

        Path page = dir.resolve("r.html");
        CliRun report = CliRun.of("report", "t", "--storage", "sqlite:" + dir.resolve("s.db"), "--out",
                page.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(Files.readString(page)).contains("Tuning study: t", "Best-so-far accuracy against round");
    }

    @Test
    void badInputIsOneLineWithExitCodeTwo() {
        assertUsage(study("--strategies", "grid,annealing"), "unknown strategy 'annealing': use grid, random, bo, "
                + "bo-ei, bo-cost, bo-asha or all");
        assertUsage(study("--strategies", "grid", "--rounds", "126"), "the grid of this space has 125 points");
        assertUsage(study("--space", "lr=1e-4..1e-2,dropout=0..0.5"), "unknown parameter 'dropout'");
        assertUsage(study("--rounds", "0"), "--rounds must be at least 1, got 0");
        assertUsage(study("--target-fraction", "1.5"), "--target-fraction must be in (0, 1], got 1.5");
        assertUsage(study("--asha", "grace=2"), "asha: unknown setting 'grace'; valid: min-resource, eta, s");
        assertUsage(study("--asha", "eta=1"), "reduction factor >= 2");
    }

    private static void assertUsage(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().strip().lines().filter(l -> !l.startsWith("Try '") && !l.startsWith("note: ")).count())
                .as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
    }
}
