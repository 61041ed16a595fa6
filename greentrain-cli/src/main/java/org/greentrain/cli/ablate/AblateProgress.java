package org.greentrain.cli.ablate;

import java.util.List;
import java.util.Locale;
import org.greentrain.cli.common.RunProgress;
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
final class AblateProgress implements AblationListener {

    private final RunProgress progress;
    private final String study;

    /** Reports ablation {@code study} on {@code progress}, which the caller closes. */
    AblateProgress(RunProgress progress, String study) {
        this.progress = progress;
        this.study = study;
    }

    @Override
    public void onStart(List<AblationRun> alreadyDone, int total) {
        progress.start("ablation '" + study + "'", alreadyDone.size(), total,
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
                "run %d/%d  %s h%d r%d  %s  %s  accuracy %.4f  (total %s)", done, total, run.cell(), run.hyper(),
                run.repetition(), Units.joules(run.energyJoules()), Units.seconds(run.seconds()), run.accuracy(), all));
    }

    @Override
    public void onRunFailed(RunKey run, String reason) {
        progress.failed(run::describe, reason);
    }
}
