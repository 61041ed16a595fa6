package org.greentrain.cli.study;

import java.util.Locale;
import org.greentrain.cli.common.RunProgress;
import org.greentrain.cli.common.Units;
import org.greentrain.study.tuning.RoundRecord;
import org.greentrain.study.tuning.Strategy;
import org.greentrain.study.tuning.TuningDesign;
import org.greentrain.study.tuning.TuningFormat;
import org.greentrain.study.tuning.TuningListener;

/**
 * What {@code greentrain study tuning} (and the tuning part of {@code greentrain demo}) tells the user while it
 * works, on stderr through a {@link RunProgress}: how many rounds were already done, then a progress bar (rounds done
 * of the design's total, the round in progress, the joules of this run) on a terminal, or one line per finished round
 * otherwise, and while it waits for a quiet machine, how busy the machine is. Nothing with {@code --quiet}.
 */
public final class TuningProgress implements TuningListener {

    private final RunProgress progress;
    private final String study;

    /** Reports tuning study {@code study} on {@code progress}, which the caller closes. */
    public TuningProgress(RunProgress progress, String study) {
        this.progress = progress;
        this.study = study;
    }

    @Override
    public void onStart(TuningDesign design, int done, int total) {
        // the joules shown are this run's: the listener is not told what the rounds stored before it cost
        progress.start("tuning study '" + study + "'", "rounds", done, total, 0);
    }

    @Override
    public void onBusyMachine(double otherShare) {
        progress.waiting(String.format(Locale.ROOT, "waiting for a quiet machine: other processes use %.0f%% of the "
                + "CPUs", otherShare * 100));
    }

    @Override
    public void onRoundStart(Strategy strategy, int search, int round) {
        progress.working(strategy.id() + " s" + search + " r" + round);
    }

    @Override
    public void onRoundFinished(Strategy strategy, int search, RoundRecord round, int done, int total) {
        progress.finished(done, round.energyJoules(), all -> String.format(Locale.ROOT,
                "round %d/%d  %-7s s%d r%-3d %-8s best %s  %s  (this run %s)", done, total, strategy.id(), search,
                round.round(), round.complete() ? TuningFormat.accuracy(round.accuracy()) : "pruned",
                TuningFormat.accuracy(round.bestSoFar()), Units.joules(round.energyJoules()), all));
    }
}
