package org.greentrain.cli.study;

import java.util.List;
import java.util.Locale;
import org.greentrain.cli.common.RunProgress;
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
final class ArchitectureProgress implements ArchitectureListener {

    private final RunProgress progress;
    private final String study;

    /** Reports architecture study {@code study} on {@code progress}, which the caller closes. */
    ArchitectureProgress(RunProgress progress, String study) {
        this.progress = progress;
        this.study = study;
    }

    @Override
    public void onStart(List<AblationRun> alreadyDone, int total) {
        progress.start("architecture study '" + study + "'", alreadyDone.size(), total,
                alreadyDone.stream().mapToDouble(AblationRun::energyJoules).sum());
    }

    @Override
    public void onWarmup(Cell cell) {
        progress.note("warm-up " + cell.label());
    }

    @Override
    public void onRunStart(RunKey run, int done, int total) {
        progress.working(run.describe());
    }

    @Override
    public void onRunFinished(AblationRun run, int done, int total) {
        progress.finished(done, run.energyJoules(), all -> String.format(Locale.ROOT,
                "run %d/%d  %s h%d r%d  %s  %.2f s  accuracy %.4f  (total %s)", done, total, run.cell(), run.hyper(),
                run.repetition(), ArchitectureFormat.joules(run.energyJoules()), run.seconds(), run.accuracy(), all));
    }

    @Override
    public void onRunFailed(RunKey run, String reason) {
        progress.failed(run::describe, reason);
    }

    @Override
    public void onProfilingStart(int alreadyDone, int total) {
        progress.close();
        if (alreadyDone < total) {
            progress.line(String.format(Locale.ROOT, "profiling energy per layer type: %d of %d cells already profiled",
                    alreadyDone, total));
        }
    }

    @Override
    public void onProfileStart(Cell cell, int done, int total) {
        progress.line(String.format(Locale.ROOT, "profile %d/%d  %s ...", done + 1, total, cell.label()));
    }

    @Override
    public void onProfiled(CellProfile profile, int done, int total) {
        progress.line(String.format(Locale.ROOT, "profile %d/%d  %s  %s over %d examples", done, total, profile.cell(),
                ArchitectureFormat.joules(profile.energyJoules()), profile.samples()));
    }
}
