package org.greentrain.cli.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ErrorReporterTest {

    @TempDir
    Path dir;

    /** A command whose work is {@code work}, run with greentrain's error handling. */
    @Command(name = "write")
    static final class Write implements Callable<Integer> {
        private final Callable<Integer> work;

        Write(Callable<Integer> work) {
            this.work = work;
        }

        @Override
        public Integer call() throws Exception {
            return work.call();
        }
    }

    private record Outcome(int exitCode, String err) {
    }

    private static Outcome run(Callable<Integer> work) {
        StringWriter err = new StringWriter();
        ErrorReporter errors = new ErrorReporter();
        CommandLine cmd = new CommandLine(new Write(work)).setExecutionExceptionHandler(errors);
        cmd.setErr(new PrintWriter(err, true));
        return new Outcome(cmd.execute(), err.toString());
    }

    @Test
    void aFileTheSystemRefusesIsBadInputWithItsReasonOnOneLine() throws IOException {
        Path file = Files.writeString(dir.resolve("red.json"), "{}");
        Path below = file.resolve("r.html");

        Outcome bare = run(() -> {
            Files.createDirectories(file);
            return 0;
        });
        Outcome wrapped = run(() -> {
            throw new UncheckedIOException(new AccessDeniedException(below.toString()));
        });
        Outcome other = run(() -> {
            Files.createDirectories(below);
            return 0;
        });

        assertThat(bare).isEqualTo(new Outcome(2, "write: cannot access " + file + ": it already exists\n"));
        assertThat(wrapped).isEqualTo(new Outcome(2, "write: cannot access " + below + ": permission denied\n"));
        assertThat(other).isEqualTo(new Outcome(2, "write: cannot access " + below + ": Not a directory\n"));
    }

    @Test
    void otherFailuresStayFailuresWithAHintAtTheStackTrace() {
        Outcome failed = run(() -> {
            throw new IOException("disk full");
        });

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).startsWith("write: failed: disk full\n").contains("--verbose");
    }
}
