package org.greentrain.cli.predict;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.greentrain.cli.CliRun;
import org.greentrain.cli.common.Json;
import org.greentrain.data.Dataset;
import org.greentrain.data.catalog.BuiltinDatasets;
import org.greentrain.data.io.CsvWriter;
import org.greentrain.data.split.Split;
import org.greentrain.data.split.Splits;

/** Commands, files and checks shared by the predict command's tests. */
final class PredictFixtures {

    /** The split {@code train} makes of iris with its default test fraction and seed. */
    static final double TEST_FRACTION = 0.25;
    static final long SEED = 1234;

    private PredictFixtures() {
    }

    /** {@code greentrain predict ARGS --no-gpu}. */
    static CliRun predict(String... args) {
        return run("predict", args);
    }

    /** {@code greentrain train ARGS --no-gpu --quiet}. */
    static CliRun train(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--quiet");
        return run("train", all.toArray(new String[0]));
    }

    static JsonNode json(CliRun run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Json.mapper().readTree(run.out());
    }

    /** Exit code 2, one line on stderr naming the problem, no stack trace, nothing on stdout. */
    static void assertUsageError(CliRun run, String... fragments) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).contains(fragments).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().strip().lines().filter(l -> !l.startsWith("Try '")).count()).as(run.err())
                .isEqualTo(1);
        assertThat(run.out()).isEmpty();
    }

    /** The iris split {@code train} makes by default, in raw units. */
    static Split irisSplit() throws IOException {
        return Splits.stratified(BuiltinDatasets.load("iris").train(), TEST_FRACTION, SEED);
    }

    /** {@code data} as a CSV file with its label in column {@code class}, last. */
    static Path csv(Dataset data, Path file) throws IOException {
        CsvWriter.write(data, file, "class", false);
        return file;
    }

    /**
     * A table of two numeric columns and one text column {@code color} (red, green or blue), whose class {@code kind}
     * follows the colour, with the label in the middle.
     */
    static Path colorsCsv(Path file) throws IOException {
        SplittableRandom random = new SplittableRandom(3);
        String[] colors = {"red", "green", "blue"};
        String[] kinds = {"warm", "cool", "cool"};
        List<String> lines = new ArrayList<>(List.of("size,kind,color,weight"));
        for (int i = 0; i < 90; i++) {
            int c = i % 3;
            lines.add(String.format(Locale.ROOT, "%.2f,%s,%s,%.1f", 10 + random.nextDouble(), kinds[c], colors[c],
                    200 + 50 * random.nextDouble()));
        }
        Files.write(file, lines);
        return file;
    }

    private static CliRun run(String verb, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = verb;
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 1] = "--no-gpu";
        return CliRun.of(all);
    }
}
