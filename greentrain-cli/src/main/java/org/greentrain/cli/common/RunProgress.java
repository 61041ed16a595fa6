package org.greentrain.cli.common;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * How a resumable multi-run command (a study, an ablation, a tuning study, the demo) reports on stderr while it
 * works: how many runs a resume found done, then a progress bar with the joules of all finished runs on a terminal,
 * or one line per finished run otherwise; nothing when quiet. Each command's listener only says what its runs are
 * called and how a line reads. Several series may follow one another on one reporter (the demo's two parts): starting
 * one ends the bar of the one before.
 */
public final class RunProgress implements AutoCloseable {

    private static final String RUNS = "runs";

    private final PrintWriter err;
    private final boolean bar;
    private final boolean quiet;
    private final String task;
    private ProgressBar progress;
    private double joules;
    private boolean waiting;

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

    /** Whether it prints nothing, so that a caller can skip work whose only use is to feed it. */
    public boolean quiet() {
        return quiet;
    }

    /** {@link #start(String, String, int, int, double)} of a series counted in runs. */
    public void start(String what, int done, int total, double joulesDone) {
        start(what, RUNS, done, total, joulesDone);
    }

    /**
     * Reports what a resume found: {@code "<what>: D of T <unit> already done, L to run"}, then starts the bar, after
     * ending the bar of an earlier series.
     *
     * @param unit       what the series counts, plural, such as {@code rounds}
     * @param joulesDone the energy of the runs already done
     */
    public void start(String what, String unit, int done, int total, double joulesDone) {
        close();
        joules = joulesDone;
        waiting = false;
        if (quiet) {
            return;
        }
        int left = total - done;
        print(String.format(Locale.ROOT, "%s: %d of %d %s already done%s", what, done, total, unit,
                left == 0 ? "; nothing to train" : ", " + left + " to run"));
        if (bar && left > 0) {
            progress = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" " + unit, 1)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).startsFrom(done, Duration.ZERO).build();
            progress.setExtraMessage(Units.joules(joules));
        }
    }

    /** Shows what is running now, with the joules so far, on the bar; it ends a {@linkplain #waiting wait}. */
    public void working(String detail) {
        waiting = false;
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
     * Shows why nothing runs (such as a wait for a quiet machine), again at each call on the bar, or as a line at the
     * first call of a wait otherwise; the wait lasts until the next {@link #working}.
     */
    public void waiting(String status) {
        if (progress != null) {
            progress.setExtraMessage(status);
        } else if (!quiet && !waiting) {
            print(status);
        }
        waiting = true;
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
            print(line.format(Units.joules(joules)));
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
            print(line);
        }
    }

    /** Prints a line of its own, unless quiet; call it with no bar drawn ({@link #close} ends one). */
    public void line(String text) {
        if (!quiet) {
            print(text);
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

    private void print(String text) {
        err.println(text);
        err.flush();
    }

    /** A finished run's line, given the formatted joules of all finished runs. */
    @FunctionalInterface
    public interface LineWithTotal {
        String format(String totalJoules);
    }
}
