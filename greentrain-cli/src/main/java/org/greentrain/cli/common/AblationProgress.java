package org.greentrain.cli.common;

import java.util.List;
import java.util.Locale;
import org.greentrain.study.factorial.AblationListener;
import org.greentrain.study.factorial.AblationRun;
import org.greentrain.study.factorial.Cell;
import org.greentrain.study.factorial.RunKey;

/**
 * What a factorial run of trainings ({@code greentrain ablate}, {@code greentrain study architecture}) tells the user
 * while it works, on stderr: how many runs were already done, then a progress bar (runs done of the design's total,
 * the current run, the joules of all finished runs) on a terminal, or one line per finished run otherwise. Nothing
 * with {@code --quiet}.
 */
public class AblationProgress implements AblationListener {

    /** Where the lines and the bar go; subclasses report further phases on it. */
    protected final RunProgress progress;
    private final String what;

    /**
     * Reports on {@code progress}, which the caller closes.
     *
     * @param what what runs, for the first line, such as {@code ablation 'x'}
     */
    public AblationProgress(RunProgress progress, String what) {
        this.progress = progress;
        this.what = what;
    }

    @Override
    public void onStart(List<AblationRun> alreadyDone, int total) {
        progress.start(what, alreadyDone.size(), total,
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
