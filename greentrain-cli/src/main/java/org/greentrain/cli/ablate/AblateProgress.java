package org.greentrain.cli.ablate;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.greentrain.cli.common.Units;
import org.greentrain.study.factorial.AblationListener;
import org.greentrain.study.factorial.AblationRun;
import org.greentrain.study.factorial.Cell;
import org.greentrain.study.factorial.RunKey;

/**
 * What {@code greentrain ablate} tells the user while it works, on stderr: how many runs were already done, then a
 * progress bar (runs done of the design's total, the current run, the joules of all finished runs) on a terminal, or
 * one line per finished run otherwise. Nothing with {@code --quiet}.
 */
final class AblateProgress implements AblationListener, AutoCloseable {

    private final PrintWriter err;
    private final boolean bar;
    private final boolean quiet;
    private final String study;
    private ProgressBar progress;
    private double joules;

    AblateProgress(PrintWriter err, boolean bar, boolean quiet, String study) {
        this.err = err;
        this.bar = bar;
        this.quiet = quiet;
        this.study = study;
    }

    @Override
    public void onStart(List<AblationRun> alreadyDone, int total) {
        joules = alreadyDone.stream().mapToDouble(AblationRun::energyJoules).sum();
        if (quiet) {
            return;
        }
        int left = total - alreadyDone.size();
        err.println(String.format(Locale.ROOT, "ablation '%s': %d of %d runs already done%s", study,
                alreadyDone.size(), total, left == 0 ? "; nothing to train" : ", " + left + " to run"));
        err.flush();
        if (bar && left > 0) {
            progress = new ProgressBarBuilder().setTaskName("ablate").setInitialMax(total).setUnit(" runs", 1)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).startsFrom(alreadyDone.size(),
                            Duration.ZERO).build();
            progress.setExtraMessage(Units.joules(joules));
        }
    }

    @Override
    public void onWarmup(Cell cell) {
        if (progress != null) {
            progress.setExtraMessage("warm-up " + cell.label());
        }
    }

    @Override
    public void onRunStart(RunKey run, int done, int total) {
        if (progress != null) {
            progress.setExtraMessage(run.describe() + " · " + Units.joules(joules));
        }
    }

    @Override
    public void onRunFinished(AblationRun run, int done, int total) {
        joules += run.energyJoules();
        if (progress != null) {
            progress.stepTo(done);
            progress.setExtraMessage(Units.joules(joules));
        } else if (!quiet) {
            err.println(String.format(Locale.ROOT, "run %d/%d  %s h%d r%d  %s  %s  accuracy %.4f  (total %s)", done,
                    total, run.cell(), run.hyper(), run.repetition(), Units.joules(run.energyJoules()),
                    Units.seconds(run.seconds()), run.accuracy(), Units.joules(joules)));
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
