package org.greentrain.cli.study;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.greentrain.cli.common.Units;
import org.greentrain.study.reduction.Fmt;
import org.greentrain.study.reduction.ReductionListener;
import org.greentrain.study.reduction.ReductionRun;
import org.greentrain.study.reduction.RunKey;

/**
 * What {@code greentrain study reduction} (and the reduction part of {@code greentrain demo}) tells the user while
 * it works, on stderr: how many runs were already done, then a progress bar (runs done of the design's total, the
 * current method, fraction, repeat and epoch, the joules of all finished runs) on a terminal, or one line per finished
 * run otherwise. Nothing with {@code --quiet}.
 */
public final class ReductionProgress implements ReductionListener, AutoCloseable {

    private final PrintWriter err;
    private final boolean bar;
    private final boolean quiet;
    private final String study;
    private ProgressBar progress;
    private double joules;

    public ReductionProgress(PrintWriter err, boolean bar, boolean quiet, String study) {
        this.err = err;
        this.bar = bar;
        this.quiet = quiet;
        this.study = study;
    }

    @Override
    public void onStart(List<ReductionRun> alreadyDone, int total) {
        joules = alreadyDone.stream().mapToDouble(ReductionRun::joules).sum();
        if (quiet) {
            return;
        }
        int left = total - alreadyDone.size();
        err.println(String.format(Locale.ROOT, "reduction study '%s': %d of %d runs already done%s", study,
                alreadyDone.size(), total, left == 0 ? "; nothing to train" : ", " + left + " to run"));
        err.flush();
        if (bar && left > 0) {
            progress = new ProgressBarBuilder().setTaskName("study").setInitialMax(total).setUnit(" runs", 1)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).startsFrom(alreadyDone.size(),
                            Duration.ZERO).build();
            progress.setExtraMessage(Units.joules(joules));
        }
    }

    @Override
    public void onRunStart(RunKey run, int done, int total) {
        if (progress != null) {
            progress.setExtraMessage(run.describe() + " · " + Units.joules(joules));
        }
    }

    @Override
    public void onEpoch(RunKey run, int epoch, int epochs) {
        if (progress != null) {
            progress.setExtraMessage(run.describe() + ", epoch " + epoch + "/" + epochs + " · " + Units.joules(joules));
        }
    }

    @Override
    public void onRunFinished(ReductionRun run, int done, int total) {
        joules += run.joules();
        if (progress != null) {
            progress.stepTo(done);
            progress.setExtraMessage(Units.joules(joules));
        } else if (!quiet) {
            err.println(String.format(Locale.ROOT, "run %d/%d  %-9s %5s  repeat %d  accuracy %s  ε %s  %s  %s  "
                            + "(total %s)", done, total, run.isBaseline() ? "full data" : run.method(),
                    Fmt.kept(run.keep()), run.iteration() + 1, Fmt.metric(run.accuracy()), Fmt.epsilon(run.epsilon()),
                    Units.seconds(run.seconds()), Units.joules(run.joules()), Units.joules(joules)));
            err.flush();
        }
    }

    @Override
    public void onRunFailed(RunKey run, String reason) {
        if (!quiet) {
            String line = "run " + run.describe() + " failed: " + reason;
            if (progress != null) {
                progress.setExtraMessage(line);
            } else {
                err.println(line);
                err.flush();
            }
        }
    }

    @Override
    public void close() {
        if (progress != null) {
            progress.close();
        }
    }
}
