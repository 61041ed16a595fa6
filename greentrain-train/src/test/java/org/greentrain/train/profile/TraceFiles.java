package org.greentrain.train.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Test traces. The fixture was recorded by {@link OperatorProfiler} itself: MNIST, spec
 * {@code cnn:conv=2k3p1-bn-relu-max2,hidden=8,activation=relu,dropout=0.5}, optimizer
 * {@code sgd:lr=0.01,momentum=0.9}, batch size 8, 2 batches, 2 warm-up batches, trace kept with
 * {@code withTraceOut}; 840 events, 14 of them stage markers.
 */
final class TraceFiles {

    private TraceFiles() {
    }

    /** The recorded two-step trace. */
    static Path fixture() {
        try {
            return Path.of(TraceFiles.class.getResource("cnn-dropout-sgd-2-steps.json").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One complete event as the profiler writes it, times in microseconds. */
    static String event(String name, double ts, double dur, int tid, String shape) {
        return String.format(Locale.ROOT, "{\"name\": \"%s\", \"ph\": \"X\", \"ts\": %.3f, \"dur\": %.3f, \"tid\": %d, "
                + "\"pid\": \"CPU Functions\", \"shape\": %s, \"cpu mem\": \"0 b\", \"args\": {}}", name, ts, dur, tid,
                shape);
    }

    /** A stage marker event of {@code code} (101 data ... 107 check). */
    static String marker(int code, double ts) {
        return event(StageMarker.OPERATOR, ts, 1, 1, "[[1, 1, 1, 1, 1, 1, 1, " + code + "], [1]]");
    }

    /** Writes {@code events} as a trace array into {@code dir}. */
    static Path write(Path dir, String... events) {
        StringJoiner json = new StringJoiner(",\n", "[\n", "\n]");
        for (String e : events) {
            json.add(e);
        }
        return writeText(dir, json.toString());
    }

    /** Writes {@code text} into a new file in {@code dir}. */
    static Path writeText(Path dir, String text) {
        try {
            Path file = Files.createTempFile(dir, "trace-", ".json");
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index of the {@code k}-th event (by start time) named {@code name}. */
    static int nth(OperatorTrace trace, String name, int k) {
        return java.util.stream.IntStream.range(0, trace.size()).filter(i -> trace.name(i).equals(name)).boxed()
                .sorted(java.util.Comparator.comparingLong(trace::startNanos)).skip(k).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + k + " named " + name));
    }
}
