package org.greentrain.cli.study;

import java.util.List;
import java.util.Locale;
import org.greentrain.cli.common.RunProgress;
import org.greentrain.cli.common.Units;
import org.greentrain.study.reduction.Fmt;
import org.greentrain.study.reduction.ReductionListener;
import org.greentrain.study.reduction.ReductionRun;
import org.greentrain.study.reduction.RunKey;

/**
 * What {@code greentrain study reduction} (and the reduction part of {@code greentrain demo}) tells the user while
 * it works, on stderr through a {@link RunProgress}: how many runs were already done, then a progress bar (runs done
 * of the design's total, the current method, fraction, repeat and epoch, the joules of all finished runs) on a
 * terminal, or one line per finished run otherwise. Nothing with {@code --quiet}.
 */
public final class ReductionProgress implements ReductionListener {

    private final RunProgress progress;
    private final String study;

    /** Reports study {@code study} on {@code progress}, which the caller closes. */
    public ReductionProgress(RunProgress progress, String study) {
        this.progress = progress;
        this.study = study;
    }

    @Override
    public void onStart(List<ReductionRun> alreadyDone, int total) {
        progress.start("reduction study '" + study + "'", alreadyDone.size(), total,
                alreadyDone.stream().mapToDouble(ReductionRun::joules).sum());
    }

    @Override
    public void onRunStart(RunKey run, int done, int total) {
        progress.working(run.describe());
    }

    @Override
    public void onEpoch(RunKey run, int epoch, int epochs) {
        progress.working(run.describe() + ", epoch " + epoch + "/" + epochs);
    }

    @Override
    public void onRunFinished(ReductionRun run, int done, int total) {
        progress.finished(done, run.joules(), all -> String.format(Locale.ROOT, "run %d/%d  %-9s %5s  repeat %d  "
                        + "accuracy %s  ε %s  %s  %s  (total %s)", done, total,
                run.isBaseline() ? "full data" : run.method(), Fmt.kept(run.keep()), run.iteration() + 1,
                Fmt.metric(run.accuracy()), Fmt.epsilon(run.epsilon()), Units.seconds(run.seconds()),
                Units.joules(run.joules()), all));
    }

    @Override
    public void onRunFailed(RunKey run, String reason) {
        progress.failed(run::describe, reason);
    }
}
