package org.greentrain.cli.study;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greentrain.cli.CliRun;
import org.greentrain.cli.common.Json;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.Storages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code greentrain study architecture} on two tiny cells of 300 MNIST rows, its report, and its bad input. */
class ArchitectureStudyCommandTest {

    @TempDir
    Path dir;

    private CliRun study(Path db, String... extra) {
        String[] base = {"study", "architecture", "--no-gpu", "--storage", "sqlite:" + db, "--dataset", "mnist",
            "--model", "simplecnn:linear=2", "--train-rows", "300", "--test-rows", "100", "--epochs", "1", "--batch",
            "128", "--hyper", "1", "--profile-batches", "1", "--constant-power", "42.5,23.43", "--min-cpu-share", "0",
            "--study", "a"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return CliRun.of(all);
    }

    @Test
    void theStudyRunsProfilesResumesAndRendersItsReport() throws Exception {
        Path db = dir.resolve("s.db");
        CliRun first = study(db, "--factors", "conv=1,2", "--repeats", "1", "--json", "-q");

        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode r = Json.mapper().readTree(first.out());
        assertThat(r.get("study").asText()).isEqualTo("a");
        assertThat(r.get("design").get("factors").toString()).isEqualTo("[\"conv=1,2\"]");
        assertThat(r.get("design").get("cells").asInt()).isEqualTo(2);
        assertThat(r.get("runsRunNow").asInt()).isEqualTo(2);
        assertThat(r.get("profiledNow").asInt()).isEqualTo(2);
        assertThat(r.get("complete").asBoolean()).isTrue();
        assertThat(r.get("energy").get("provenances").get(0).asText()).isEqualTo("constant-model");
        assertThat(r.get("statisticsNote").isNull()).isTrue();
        JsonNode conv = r.get("factors").get(0);
        assertThat(conv.get("factor").asText()).isEqualTo("conv");
        assertThat(conv.get("test").get("magnitude").isTextual()).isTrue();
        assertThat(r.get("cells")).hasSize(2).allSatisfy(c -> assertThat(c.get("parameterCount").asLong())
                .isPositive());
        assertThat(r.get("clusters")).hasSize(2);
        assertThat(r.get("paretoFront")).isNotEmpty();
        assertThat(r.get("profiles")).hasSize(2).allSatisfy(p -> {
            assertThat(p.get("samples").asLong()).isEqualTo(128);
            assertThat(p.get("layerTypes")).isNotEmpty();
        });
        assertThat(r.get("runs")).hasSize(2);
        assertThat(r.get("environments").get(0).has("cpuModel")).isTrue();
        assertThat(r.get("highlights").get(0).asText()).startsWith("conv 1 → 2 ");
        assertThat(r.get("report").asText()).isEqualTo("greentrain report a --storage sqlite:" + db
                + " --out report.html");

        CliRun again = study(db, "--factors", "conv=1,2", "--repeats", "1");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("architecture study 'a': 2 of 2 runs already done")
                .doesNotContain("profile 1/2");
        assertThat(again.out()).contains("2 of 2 finished (2 before this command, 0 now)",
                "2 of 2 cells profiled (0 now)", "Effect of each factor on energy", "Energy per layer type",
                "report: greentrain report a --storage sqlite:");

        Path page = dir.resolve("r.html");
        CliRun report = CliRun.of("report", "a", "--storage", "sqlite:" + db, "--out", page.toString());

        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(Files.readString(page)).contains("Architecture study: a", "chart-pareto",
                "chart-energy-per-layer-type", "table-factors", "table-clusters");

        CliRun otherDesign = study(db, "--factors", "conv=1,2", "--repeats", "2");

        assertUsage(otherDesign, "architecture study 'a' was run with another design (repeats 1 stored, 2 given): "
                + "repeat the stored design to resume it, or give a new --study name");
        try (Storage storage = Storages.open("sqlite:" + db)) {
            assertThat(storage.trials(storage.findStudy("a").orElseThrow().id())).hasSize(2);
        }
    }

    @Test
    void badInputIsOneLineWithExitCodeTwoAndStoresNothing() {
        Path db = dir.resolve("bad.db");

        assertUsage(study(db, "--factors", "conv=1,4", "dropout=0,0.5"), "factor "
                + "'dropout' is not a setting of simplecnn; valid factors: conv, linear, relu");
        assertUsage(study(db, "--factors", "conv=4", "relu=off,on"), "factor 'conv' has a single level (4): a "
                + "factorial design needs at least two levels per factor");
        assertUsage(study(db, "--repeats", "0"), "repetitions must be at least 1, got 0");
        assertUsage(CliRun.of("study", "architecture", "--dataset", "nope", "--storage", "sqlite:" + db),
                "unknown dataset 'nope'");
        assertUsage(study(db, "--factors", "conv=1,6"), "does not fit");
        assertThat(studies(db)).isZero();
    }

    private static long studies(Path db) {
        if (!Files.exists(db)) {
            return 0;
        }
        try (Storage storage = Storages.open("sqlite:" + db)) {
            return storage.studies().size();
        }
    }

    private static void assertUsage(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().strip().lines().filter(l -> !l.startsWith("Try '") && !l.startsWith("note: ")).count())
                .as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
    }
}
