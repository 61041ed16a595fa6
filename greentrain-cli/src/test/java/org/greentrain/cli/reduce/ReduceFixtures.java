package org.greentrain.cli.reduce;

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

/** Small data for the reduce and epsilon commands' tests, written as a user's files, and the checks they share. */
final class ReduceFixtures {

    private ReduceFixtures() {
    }

    /** {@code greentrain COMMAND ARGS --no-gpu} for reduce, as given for epsilon (which measures nothing). */
    static CliRun run(String... args) {
        if (!args[0].equals("reduce")) {
            return CliRun.of(args);
        }
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--no-gpu";
        return CliRun.of(all);
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

    /**
     * A CSV of three Gaussian blobs of 50, 30 and 20 rows in features {@code x0..x2} around 1000 (so that scaling
     * matters), with the label column {@code class} first: classes {@code red}, {@code green}, {@code blue}.
     */
    static Path blobsCsv(Path file) throws IOException {
        SplittableRandom random = new SplittableRandom(3);
        List<String> lines = new ArrayList<>();
        lines.add("class,x0,x1,x2");
        String[] kinds = {"red", "green", "blue"};
        int[] sizes = {50, 30, 20};
        for (int k = 0; k < kinds.length; k++) {
            for (int i = 0; i < sizes[k]; i++) {
                StringBuilder line = new StringBuilder(kinds[k]);
                for (int d = 0; d < 3; d++) {
                    double x = 1000 + (d == k ? 50 : 0) + 10 * (random.nextDouble() - 0.5);
                    line.append(String.format(Locale.ROOT, ",%.3f", x));
                }
                lines.add(line.toString());
            }
        }
        Files.write(file, lines);
        return file;
    }

    /** A CSV with {@code header} and {@code rows}, one string per line. */
    static Path csv(Path file, String header, String... rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.addAll(List.of(rows));
        Files.write(file, lines);
        return file;
    }

    /** The data rows of a CSV, split into cells. */
    static List<String[]> rows(Path file) throws IOException {
        return Files.readAllLines(file).stream().skip(1).map(l -> l.split(",", -1)).toList();
    }
}
