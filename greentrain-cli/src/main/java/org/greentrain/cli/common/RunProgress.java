package org.greentrain.cli.common;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * How a resumable multi-run command (a study, an ablation) reports on stderr while it works: how many runs a resume
 * found done, then a progress bar with the joules of all finished runs on a terminal, or one line per finished run
 * otherwise; nothing when quiet. Each command's listener only says what its runs are called and how a line reads.
 */
public final class RunProgress implements AutoCloseable {

    private final PrintWriter err;
    private final boolean bar;
    private final boolean quiet;
    private final String task;
    private ProgressBar progress;
    private double joules;

    /**
     * @param bar   draw a progress bar (stderr is a terminal)
     * @param quiet print nothing
     * @param task  the bar's label, such as {@code study}
     */
    public RunProgress(PrintWriter err, boolean bar, boolean quiet, String task) {
        this.err = err;
        this.bar = bar;
        this.quiet = quiet;
        this.task = task;
    }

    /**
     * Reports what a resume found: {@code "<what>: D of T runs already done, L to run"}, then starts the bar.
     *
     * @param joulesDone the energy of the runs already done
     */
    public void start(String what, int done, int total, double joulesDone) {
        joules = joulesDone;
        if (quiet) {
            return;
        }
        int left = total - done;
        err.println(String.format(Locale.ROOT, "%s: %d of %d runs already done%s", what, done, total,
                left == 0 ? "; nothing to train" : ", " + left + " to run"));
        err.flush();
        if (bar && left > 0) {
            progress = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" runs", 1)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).startsFrom(done, Duration.ZERO).build();
            progress.setExtraMessage(Units.joules(joules));
        }
    }

    /** Shows what is running now, with the joules so far, on the bar. */
    public void working(String detail) {
        if (progress != null) {
            progress.setExtraMessage(detail + " · " + Units.joules(joules));
        }
    }

    /** Shows a note (such as a warm-up) on the bar. */
    public void note(String text) {
        if (progress != null) {
            progress.setExtraMessage(text);
        }
    }

    /**
     * Counts a finished run: the bar steps to {@code done}, or, without a bar, {@code line} is printed; it is given
     * the joules of all finished runs, this one included.
     */
    public void finished(int done, double runJoules, LineWithTotal line) {
        joules += runJoules;
        if (progress != null) {
            progress.stepTo(done);
            progress.setExtraMessage(Units.joules(joules));
        } else if (!quiet) {
            err.println(line.format(Units.joules(joules)));
            err.flush();
        }
    }

    /** Reports a failed run, on the bar or as a line. */
    public void failed(Supplier<String> describe, String reason) {
        if (quiet) {
            return;
        }
        String line = "run " + describe.get() + " failed: " + reason;
        if (progress != null) {
            progress.setExtraMessage(line);
        } else {
            err.println(line);
            err.flush();
        }
    }

    /** Ends the bar, if any; later lines print plainly. */
    @Override
    public void close() {
        if (progress != null) {
            progress.close();
            progress = null;
        }
    }

    /** A finished run's line, given the formatted joules of all finished runs. */
    @FunctionalInterface
    public interface LineWithTotal {
        String format(String totalJoules);
    }
}
