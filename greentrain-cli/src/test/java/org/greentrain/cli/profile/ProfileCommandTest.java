package org.greentrain.cli.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.greentrain.cli.CliRun;
import org.greentrain.cli.common.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCommandTest {

    private static final String[] FEW_MNIST_BATCHES = {"profile", "--dataset", "mnist", "--model",
        "simplecnn:conv=1,linear=3", "--batches", "3", "--batch", "64", "--warmup", "1", "--constant-power",
        "42.5,23.43", "--no-gpu", "-q"};

    @TempDir
    Path dir;

    @Test
    void profilesAFewMnistBatchesAsJson() throws Exception {
        CliRun run = CliRun.of(with("--json"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = Json.mapper().readTree(run.out());
        assertThat(json.get("model").asText()).isEqualTo("simplecnn:conv=1,linear=3,relu=on");
        assertThat(json.get("steps").asInt()).isEqualTo(3);
        assertThat(json.get("samples").asLong()).isEqualTo(192);
        assertThat(json.get("provenance").asText()).isEqualTo("constant-model");
        assertThat(json.get("attribution").asText()).startsWith("time-proportional attribution of constant-model");
        double total = json.get("totalEnergyJoules").asDouble();
        assertThat(total).isPositive();
        double sum = 0;
        List<String> rows = new ArrayList<>();
        for (JsonNode row : json.get("layerTypes")) {
            assertThat(row.has("type") && row.has("phase") && row.has("seconds") && row.has("energyJoules")
                    && row.has("share") && row.has("flops")).as(row.toString()).isTrue();
            sum += row.get("energyJoules").asDouble();
            rows.add(row.get("type").asText() + "/" + row.get("phase").asText());
        }
        assertThat(Math.abs(sum - total) / total).isLessThan(1e-9);
        assertThat(rows).contains("conv/forward", "conv/backward", "linear/backward", "optimizer/update",
                "unattributed/none");
        JsonNode convForward = row(json, "conv", "forward");
        assertThat(convForward.get("energyJoules").asDouble()).isPositive();
        // conv 1->3 on 28x28: 2*9*3*784 + 3*784 FLOPs per sample, 192 samples
        assertThat(convForward.get("flops").asLong()).isEqualTo(192L * (2 * 9 * 3 * 784 + 3 * 784));
        assertThat(row(json, "optimizer", "update").get("flops").isNull()).isTrue();
        assertThat(json.get("overhead").get("throughputRatio").asDouble()).isPositive();
        assertThat(json.get("overhead").get("protocol").asText()).contains("unprofiled run first");
        assertThat(json.get("intraOpThreads").asInt()).isPositive();
        assertThat(json.get("layers")).hasSize(8);
        assertThat(json.get("layers").get(0).get("parameters").asLong()).isEqualTo(30);
        assertThat(json.get("unmappedOperators")).isEmpty();
        assertThat(json.get("interval").get("durationSeconds").asDouble())
                .isCloseTo(json.get("intervalSeconds").asDouble(), within(1e-12));
        assertThat(json.get("trace").get("file").isNull()).isTrue();
    }

    @Test
    void printsTablesAndKeepsTheTrace() throws Exception {
        Path trace = dir.resolve("trace.json");

        CliRun run = CliRun.of(with("--trace-out", trace.toString()));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("type", "phase", "share", "GFLOP", "conv", "total", "100.0%",
                "type (both passes)", "attribution: time-proportional attribution of constant-model joules",
                "profiler overhead:", "throughput ratio", "unmapped operators (counted as other): none",
                "kept in " + trace, "fwd MFLOP/sample");
        assertThat(Files.readString(trace)).startsWith("[");
    }

    @Test
    void badInputIsOneLineWithExitCode2() {
        assertBadInput(new String[] {"profile", "--dataset", "nosuchset", "--model", "simplecnn:conv=1"},
                "nosuchset");
        assertBadInput(new String[] {"profile", "--dataset", "mnist", "--model", "simplecnn:conv=1,depth=3"},
                "depth");
        assertBadInput(new String[] {"profile", "--dataset", "mnist", "--model", "simplecnn:conv=6"}, "conv");
        assertBadInput(new String[] {"profile", "--dataset", "mnist", "--model", "simplecnn:conv=1", "--batches",
            "0"}, "--batches");
        assertBadInput(new String[] {"profile", "--dataset", "mnist", "--model", "simplecnn:conv=1", "--trace-out",
            dir.resolve("missing/trace.json").toString()}, "does not exist");
        assertBadInput(new String[] {"profile", "--dataset", "mnist", "--model", "simplecnn:conv=1", "--trace-out",
            dir.toString()}, "is a directory");
        assertBadInput(new String[] {"profile", "--dataset", "mnist", "--model", "simplecnn:conv=1", "--threads",
            "0"}, "--threads");
        assertBadInput(new String[] {"profile", "--dataset", "mnist", "--model", "simplecnn:conv=1", "--lr", "0.1",
            "--optimizer", "sgd:lr=0.1"}, "given twice");
    }

    @Test
    void aTraceOutThatIsAPipeIsRefusedBeforeTraining() throws Exception {
        Path fifo = dir.resolve("trace-pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
        assertBadInput(new String[] {"profile", "--dataset", "mnist", "--model", "simplecnn:conv=1", "--trace-out",
            fifo.toString()}, "not a regular file");
    }

    private static void assertBadInput(String[] args, String mentions) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).contains(mentions);
        assertThat(run.out()).isEmpty();
    }

    private static JsonNode row(JsonNode json, String type, String phase) {
        for (JsonNode row : json.get("layerTypes")) {
            if (row.get("type").asText().equals(type) && row.get("phase").asText().equals(phase)) {
                return row;
            }
        }
        throw new AssertionError("no row " + type + "/" + phase);
    }

    private static String[] with(String... more) {
        String[] args = new String[FEW_MNIST_BATCHES.length + more.length];
        System.arraycopy(FEW_MNIST_BATCHES, 0, args, 0, FEW_MNIST_BATCHES.length);
        System.arraycopy(more, 0, args, FEW_MNIST_BATCHES.length, more.length);
        return args;
    }
}
