package org.greentrain.cli.study;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.greentrain.study.tuning.RoundRecord;
import org.greentrain.study.tuning.Strategy;
import org.greentrain.study.tuning.TuningDesign;
import org.greentrain.study.tuning.TuningFormat;
import org.greentrain.study.tuning.TuningListener;

/**
 * What {@code greentrain study tuning} (and the tuning part of {@code greentrain demo}) tells the user while it
 * works, on stderr: how many rounds were already done, then a progress bar (rounds done of the design's total, the
 * round in progress, the joules of this run) on a terminal, or one line per finished round otherwise. Nothing with
 * {@code --quiet}.
 */
public final class TuningProgress implements TuningListener, AutoCloseable {

    private final PrintWriter err;
    private final boolean bar;
    private final boolean quiet;
    private final String study;
    private ProgressBar progress;
    private double joules;
    private boolean waiting;

    public TuningProgress(PrintWriter err, boolean bar, boolean quiet, String study) {
        this.err = err;
        this.bar = bar;
        this.quiet = quiet;
        this.study = study;
    }

    @Override
    public void onStart(TuningDesign design, int done, int total) {
        if (quiet) {
            return;
        }
        int left = total - done;
        err.println(String.format(Locale.ROOT, "tuning study '%s': %d of %d rounds already done%s", study, done, total,
                left == 0 ? "; nothing to train" : ", " + left + " to run"));
        err.flush();
        if (bar && left > 0) {
            progress = new ProgressBarBuilder().setTaskName("tuning").setInitialMax(total).setUnit(" rounds", 1)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).startsFrom(done, Duration.ZERO).build();
        }
    }

    @Override
    public void onBusyMachine(double otherShare) {
        String line = String.format(Locale.ROOT, "waiting for a quiet machine: other processes use %.0f%% of the CPUs",
                otherShare * 100);
        if (progress != null) {
            progress.setExtraMessage(line);
        } else if (!quiet && !waiting) {
            err.println(line);
            err.flush();
        }
        waiting = true;
    }

    @Override
    public void onRoundStart(Strategy strategy, int search, int round) {
        waiting = false;
        if (progress != null) {
            progress.setExtraMessage(strategy.id() + " s" + search + " r" + round + " · "
                    + TuningFormat.joules(joules));
        }
    }

    @Override
    public void onRoundFinished(Strategy strategy, int search, RoundRecord round, int done, int total) {
        joules += round.energyJoules();
        if (progress != null) {
            progress.stepTo(done);
        } else if (!quiet) {
            err.println(String.format(Locale.ROOT, "round %d/%d  %-7s s%d r%-3d %-8s best %s  %s  (this run %s)", done,
                    total, strategy.id(), search, round.round(), round.complete()
                            ? TuningFormat.accuracy(round.accuracy()) : "pruned",
                    TuningFormat.accuracy(round.bestSoFar()), TuningFormat.joules(round.energyJoules()),
                    TuningFormat.joules(joules)));
            err.flush();
        }
    }

    @Override
    public void close() {
        if (progress != null) {
            progress.close();
        }
    }
}
