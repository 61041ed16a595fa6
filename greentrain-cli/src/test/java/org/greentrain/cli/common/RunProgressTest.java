package org.greentrain.cli.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RunProgressTest {

    private final StringWriter text = new StringWriter();

    private RunProgress lines(boolean quiet) {
        return new RunProgress(new PrintWriter(text), false, quiet, "study");
    }

    @Test
    void withoutABarItSaysWhatAResumeFoundThenPrintsALinePerFinishedRunWithTheRunningTotal() {
        try (RunProgress progress = lines(false)) {
            progress.start("study 's'", "rounds", 1, 3, 100);
            progress.working("a s1 r2");
            progress.finished(2, 50, total -> "round 2/3 (this run " + total + ")");
            progress.failed(() -> "a s1 r3", "diverged");
            progress.line("done");
        }

        assertThat(text.toString().lines()).containsExactly(
                "study 's': 1 of 3 rounds already done, 2 to run",
                "round 2/3 (this run 150.00 J)",
                "run a s1 r3 failed: diverged",
                "done");
    }

    @Test
    void aWaitIsPrintedOnceUntilTheNextRunStartsAndASecondSeriesFollowsTheFirst() {
        try (RunProgress progress = lines(false)) {
            progress.start("first", 2, 2, 0);
            progress.start("second", 0, 1, 0);
            progress.waiting("waiting for a quiet machine: 80%");
            progress.waiting("waiting for a quiet machine: 70%");
            progress.working("r1");
            progress.waiting("waiting for a quiet machine: 60%");
        }

        assertThat(text.toString().lines()).containsExactly(
                "first: 2 of 2 runs already done; nothing to train",
                "second: 0 of 1 runs already done, 1 to run",
                "waiting for a quiet machine: 80%",
                "waiting for a quiet machine: 60%");
    }

    @Test
    void quietPrintsNothing() {
        try (RunProgress progress = lines(true)) {
            assertThat(progress.quiet()).isTrue();
            progress.start("study 's'", 0, 2, 0);
            progress.waiting("waiting");
            progress.finished(1, 10, total -> "run 1/2");
            progress.failed(() -> "r2", "diverged");
            progress.line("done");
        }

        assertThat(text.toString()).isEmpty();
    }
}
