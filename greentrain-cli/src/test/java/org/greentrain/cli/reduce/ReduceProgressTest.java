package org.greentrain.cli.reduce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.greentrain.reduce.ReductionMethod;
import org.greentrain.reduce.WorkProgress;
import org.greentrain.train.trainer.TrainingListener;
import org.junit.jupiter.api.Test;

class ReduceProgressTest {

    @Test
    void severalReductionsShareOneBarNamingTheRunningOne() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ReduceProgress progress = new ReduceProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2)) {
            progress.starting(ReductionMethod.MMS, 0.3);
            progress.finished();
            progress.starting(ReductionMethod.CLC, 0.5);
            progress.finished();
        }

        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertThat(drawn).contains("reduce", "2/2", "runs", "clc 0.5");
    }

    @Test
    void aSinglePhlRunShowsItsWorkAgainstItsTotal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ReduceProgress progress = new ReduceProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 1)) {
            progress.starting(ReductionMethod.PHL, 0.1);
            WorkProgress work = progress.work();
            work.reached(30, 80);
            work.reached(80, 80);
            work.reached(20, 80); // a late report from another thread: the bar does not step back
            progress.finished();
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("reduce phl 0.1", "80/80").doesNotContain("20/80");

        try (ReduceProgress several = new ReduceProgress(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), 2)) {
            assertThat(several.work()).isSameAs(WorkProgress.NONE);
        }
    }

    @Test
    void fesTrainingGetsAnEpochBarAndADisabledInstanceDrawsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ReduceProgress progress = new ReduceProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 1)) {
            assertThat(progress.training(3)).isNotSameAs(TrainingListener.NONE);
            progress.starting(ReductionMethod.FES, 0.3);
            progress.finished();
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("fes training", "epochs");

        try (ReduceProgress off = ReduceProgress.startIf(false, 4)) {
            assertThat(off.training(3)).isSameAs(TrainingListener.NONE);
            off.starting(ReductionMethod.PHL, 0.1);
            off.finished();
        }
        assertThat(ReduceProgress.label(ReductionMethod.PHL, 0.10)).isEqualTo("phl 0.1");
    }
}
