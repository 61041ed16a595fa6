package org.greentrain.cli.demo;

import java.io.PrintWriter;
import java.util.List;
import org.greentrain.cli.study.ReductionProgress;
import org.greentrain.cli.study.TuningProgress;
import org.greentrain.study.demo.DemoStudies;
import org.greentrain.study.reduction.ReductionListener;
import org.greentrain.study.reduction.ReductionRun;
import org.greentrain.study.reduction.RunKey;
import org.greentrain.study.tuning.RoundRecord;
import org.greentrain.study.tuning.Strategy;
import org.greentrain.study.tuning.TuningDesign;
import org.greentrain.study.tuning.TuningListener;

/**
 * What {@code greentrain demo} tells the user while it works, on stderr: the reduction study's progress, then the
 * tuning study's, each as its own study command shows it (a bar on a terminal, one line per run or round otherwise).
 * The first part's bar is closed before the second part's starts.
 */
final class DemoProgress implements ReductionListener, TuningListener, AutoCloseable {

    private final ReductionProgress reduction;
    private final TuningProgress tuning;
    private boolean reductionOpen = true;

    DemoProgress(PrintWriter err, boolean bar, boolean quiet) {
        this.reduction = new ReductionProgress(err, bar, quiet, DemoStudies.REDUCTION_STUDY);
        this.tuning = new TuningProgress(err, bar, quiet, DemoStudies.TUNING_STUDY);
    }

    @Override
    public void onStart(List<ReductionRun> alreadyDone, int total) {
        reduction.onStart(alreadyDone, total);
    }

    @Override
    public void onRunStart(RunKey run, int done, int total) {
        reduction.onRunStart(run, done, total);
    }

    @Override
    public void onEpoch(RunKey run, int epoch, int epochs) {
        reduction.onEpoch(run, epoch, epochs);
    }

    @Override
    public void onRunFinished(ReductionRun run, int done, int total) {
        reduction.onRunFinished(run, done, total);
    }

    @Override
    public void onRunFailed(RunKey run, String reason) {
        reduction.onRunFailed(run, reason);
    }

    @Override
    public void onStart(TuningDesign design, int done, int total) {
        closeReduction();
        tuning.onStart(design, done, total);
    }

    @Override
    public void onBusyMachine(double otherShare) {
        tuning.onBusyMachine(otherShare);
    }

    @Override
    public void onRoundStart(Strategy strategy, int search, int round) {
        tuning.onRoundStart(strategy, search, round);
    }

    @Override
    public void onRoundFinished(Strategy strategy, int search, RoundRecord round, int done, int total) {
        tuning.onRoundFinished(strategy, search, round, done, total);
    }

    @Override
    public void close() {
        closeReduction();
        tuning.close();
    }

    private void closeReduction() {
        if (reductionOpen) {
            reduction.close();
            reductionOpen = false;
        }
    }
}
