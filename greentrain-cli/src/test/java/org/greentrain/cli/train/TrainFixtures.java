package org.greentrain.cli.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.greentrain.data.catalog.LoadedDataset;

/** Small data for the train command's tests, written as the files a user would give, and the checks they share. */
public final class TrainFixtures {

    private static LoadedDataset mnist;

    private TrainFixtures() {
    }

    /** {@code greentrain train ARGS --no-gpu}. */
    static CliRun train(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "train";
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 1] = "--no-gpu";
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
     * The first {@code trainRows} training and {@code testRows} test images of the bundled MNIST, written to
     * {@code dir} as the four uncompressed IDX files that {@code --data-dir} reads.
     */
    public static Path mnistSubset(Path dir, int trainRows, int testRows) {
        try {
            LoadedDataset full = mnist();
            writeIdx(full.train(), trainRows, dir.resolve("train-images-idx3-ubyte"),
                    dir.resolve("train-labels-idx1-ubyte"));
            writeIdx(full.test(), testRows, dir.resolve("t10k-images-idx3-ubyte"),
                    dir.resolve("t10k-labels-idx1-ubyte"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A CSV file of three Gaussian blobs, 40 rows each, in 3 features far apart, with the label in the middle column
     * {@code kind} and feature ranges far from [0, 1] so that scaling matters.
     */
    static Path blobsCsv(Path file) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        List<String> lines = new ArrayList<>();
        lines.add("a,kind,b,c");
        String[] kinds = {"red", "green", "blue"};
        for (int k = 0; k < kinds.length; k++) {
            for (int i = 0; i < 40; i++) {
                double[] x = new double[3];
                for (int d = 0; d < 3; d++) {
                    x[d] = 1000 + (d == k ? 80 : 0) + 10 * (random.nextDouble() - 0.5);
                }
                lines.add(String.format(Locale.ROOT, "%.3f,%s,%.3f,%.3f", x[0], kinds[k], x[1], x[2]));
            }
        }
        Files.write(file, lines);
        return file;
    }

    private static synchronized LoadedDataset mnist() throws IOException {
        if (mnist == null) {
            mnist = BuiltinDatasets.load("mnist");
        }
        return mnist;
    }

    private static void writeIdx(Dataset data, int rows, Path images, Path labels) throws IOException {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(images))) {
            out.writeInt(0x00000803);
            out.writeInt(rows);
            out.writeInt(data.imageShape().height());
            out.writeInt(data.imageShape().width());
            for (int i = 0; i < rows * data.cols(); i++) {
                out.writeByte(Math.round(data.features()[i] * 255));
            }
        }
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(labels))) {
            out.writeInt(0x00000801);
            out.writeInt(rows);
            for (int i = 0; i < rows; i++) {
                out.writeByte(data.labels()[i]);
            }
        }
    }
}
