package org.greentrain.cli.study;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.greentrain.study.architecture.ArchitectureFormat;
import org.greentrain.study.architecture.ArchitectureListener;
import org.greentrain.study.architecture.CellProfile;
import org.greentrain.study.factorial.AblationRun;
import org.greentrain.study.factorial.Cell;
import org.greentrain.study.factorial.RunKey;

/**
 * What {@code greentrain study architecture} tells the user while it works, on stderr: how many runs were already
 * done, then a progress bar over the runs (the run in progress, the joules so far) on a terminal or one line per
 * finished run otherwise, and one line per profiled cell. Nothing with {@code --quiet}.
 */
final class ArchitectureProgress implements ArchitectureListener, AutoCloseable {

    private final PrintWriter err;
    private final boolean bar;
    private final boolean quiet;
    private final String study;
    private ProgressBar progress;
    private double joules;

    ArchitectureProgress(PrintWriter err, boolean bar, boolean quiet, String study) {
        this.err = err;
        this.bar = bar;
        this.quiet = quiet;
        this.study = study;
    }

    @Override
    public void onStart(List<AblationRun> alreadyDone, int total) {
        joules = alreadyDone.stream().mapToDouble(AblationRun::energyJoules).sum();
        int left = total - alreadyDone.size();
        line(String.format(Locale.ROOT, "architecture study '%s': %d of %d runs already done%s", study,
                alreadyDone.size(), total, left == 0 ? "" : ", " + left + " to run"));
        if (bar && !quiet && left > 0) {
            progress = new ProgressBarBuilder().setTaskName("runs").setInitialMax(total).setUnit(" runs", 1)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .startsFrom(alreadyDone.size(), Duration.ZERO).build();
            progress.setExtraMessage(ArchitectureFormat.joules(joules));
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
            progress.setExtraMessage(run.describe() + " · " + ArchitectureFormat.joules(joules));
        }
    }

    @Override
    public void onRunFinished(AblationRun run, int done, int total) {
        joules += run.energyJoules();
        if (progress != null) {
            progress.stepTo(done);
            progress.setExtraMessage(ArchitectureFormat.joules(joules));
        } else {
            line(String.format(Locale.ROOT, "run %d/%d  %s h%d r%d  %s  %.2f s  accuracy %.4f  (total %s)", done,
                    total, run.cell(), run.hyper(), run.repetition(), ArchitectureFormat.joules(run.energyJoules()),
                    run.seconds(), run.accuracy(), ArchitectureFormat.joules(joules)));
        }
    }

    @Override
    public void onRunFailed(RunKey run, String reason) {
        String message = "run " + run.describe() + " failed: " + reason;
        if (progress != null) {
            progress.setExtraMessage(message);
        } else {
            line(message);
        }
    }

    @Override
    public void onProfilingStart(int alreadyDone, int total) {
        close();
        if (alreadyDone < total) {
            line(String.format(Locale.ROOT, "profiling energy per layer type: %d of %d cells already profiled",
                    alreadyDone, total));
        }
    }

    @Override
    public void onProfileStart(Cell cell, int done, int total) {
        line(String.format(Locale.ROOT, "profile %d/%d  %s ...", done + 1, total, cell.label()));
    }

    @Override
    public void onProfiled(CellProfile profile, int done, int total) {
        line(String.format(Locale.ROOT, "profile %d/%d  %s  %s over %d examples", done, total, profile.cell(),
                ArchitectureFormat.joules(profile.energyJoules()), profile.samples()));
    }

    @Override
    public void close() {
        if (progress != null) {
            progress.close();
            progress = null;
        }
    }

    private void line(String text) {
        if (!quiet) {
            err.println(text);
            err.flush();
        }
    }
}
