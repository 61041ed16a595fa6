package org.greentrain.cli.tune;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.greentrain.cli.CliRun;
import org.greentrain.cli.common.Json;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.Storages;
import org.greentrain.tune.storage.StudyRecord;

/** Scripts, storage and assertions shared by the tuning command tests. */
final class TuneFixtures {

    private final Path dir;

    TuneFixtures(Path dir) {
        this.dir = dir;
    }

    /** A shell script in the test's directory; returns its path. */
    String script(String name, String body) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, body);
        return p.toString();
    }

    /** Prints {@code loss (x-2)^2} for its first argument. */
    String quadratic() throws Exception {
        return script("quad.sh", "awk -v x=\"$1\" 'BEGIN { printf \"loss %.10f\\n\", (x-2)*(x-2) }'\n");
    }

    /** A storage URL for an SQLite file in the test's directory. */
    String storage() {
        return "sqlite:" + dir.resolve("studies.db");
    }

    /** The studies and trial counts of the storage, to check that a refused command wrote nothing. */
    String snapshot() {
        if (!Files.exists(dir.resolve("studies.db"))) {
            return "no database";
        }
        try (Storage s = Storages.open(storage())) {
            StringBuilder out = new StringBuilder();
            for (StudyRecord r : s.studies()) {
                out.append(r.name()).append(' ').append(r.space()).append(' ').append(r.goals()).append(' ')
                        .append(s.trials(r.id()).size()).append(' ').append(r.attrs()).append('\n');
            }
            return out.toString();
        }
    }

    static JsonNode json(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Json.mapper().readTree(run.out());
    }

    /** Asserts a one-line usage error with exit code 2 and no stack trace. */
    static void assertUsageError(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().strip().lines().filter(l -> !l.startsWith("Try '")).count()).as(run.err())
                .isEqualTo(1);
        assertThat(run.out()).isEmpty();
    }

    static List<Integer> numbers(JsonNode study) {
        return StreamSupport.stream(study.get("trials").spliterator(), false)
                .map(t -> t.get("number").asInt()).toList();
    }
}
