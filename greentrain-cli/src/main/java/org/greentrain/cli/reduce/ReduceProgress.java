package org.greentrain.cli.reduce;

import java.io.PrintStream;
import java.util.EnumSet;
import java.util.Set;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.greentrain.reduce.ReductionMethod;
import org.greentrain.reduce.WorkProgress;
import org.greentrain.study.reduction.KeepFractions;
import org.greentrain.train.trainer.EpochRecord;
import org.greentrain.train.trainer.TrainingListener;

/**
 * The progress bar of {@code greentrain reduce} on stderr. Several reductions: one bar counting them, naming the one
 * running. One reduction by a slow method (PHL, PRD): a bar of the work the method counts ({@link #work()}: PHL's
 * neighbourhoods, PRD's prototypes), with an estimate of the time left. FES: a bar counting the epochs of its
 * training. A disabled instance draws nothing.
 */
final class ReduceProgress implements AutoCloseable {

    /** Methods whose single run is worth a bar of its own. */
    private static final Set<ReductionMethod> SLOW = EnumSet.of(ReductionMethod.PHL, ReductionMethod.PRD);

    private final PrintStream stream;
    private final int runs;
    /** Read by the reducer's threads through {@link #work()}. */
    private volatile ProgressBar bar;
    private String current = "";
    /** The furthest work reported for the running reduction, so that a late report from a thread never steps back. */
    private long workShown;

    /** Bars on {@code stream} (null: none) for {@code runs} reductions. */
    ReduceProgress(PrintStream stream, int runs) {
        this.stream = stream;
        this.runs = runs;
    }

    /** Bars on stderr for {@code runs} reductions when {@code enabled}, else an instance that draws nothing. */
    static ReduceProgress startIf(boolean enabled, int runs) {
        return new ReduceProgress(enabled ? System.err : null, runs);
    }

    /** Before {@code method} runs at {@code keep}. */
    void starting(ReductionMethod method, double keep) {
        current = label(method, keep);
        if (stream == null) {
            return;
        }
        if (runs > 1) {
            if (bar == null) {
                bar = build("reduce", runs, " runs");
            }
            bar.setExtraMessage(current);
        } else if (SLOW.contains(method)) {
            workShown = 0;
            bar = build("reduce " + current, -1, "");
        }
    }

    /**
     * Where a reducer reports its work: the bar of a single reduction takes the total as its end and the work done
     * as its position; with several reductions the runs bar counts runs, and the reports go nowhere.
     */
    WorkProgress work() {
        return stream == null || runs > 1 ? WorkProgress.NONE : this::reached;
    }

    private synchronized void reached(long done, long total) {
        ProgressBar shown = bar;
        if (shown != null && done > workShown) {
            if (workShown == 0) {
                shown.maxHint(total);
            }
            shown.stepTo(done);
            workShown = done;
        }
    }

    /** After the reduction started last has finished. */
    void finished() {
        if (bar != null && runs > 1) {
            bar.step();
        } else {
            closeBar();
        }
    }

    /**
     * A listener that follows the {@code epochs} epochs of FES's training: its own bar for a single reduction, the
     * extra message of the runs bar otherwise. Call it before the reduction starts.
     */
    TrainingListener training(int epochs) {
        if (stream == null) {
            return TrainingListener.NONE;
        }
        if (runs == 1) {
            bar = build("fes training", epochs, " epochs");
        }
        return new TrainingListener() {
            @Override
            public void onEpoch(EpochRecord record) {
                if (runs > 1) {
                    bar.setExtraMessage(current + " · epoch " + record.epoch() + "/" + epochs);
                } else {
                    bar.stepTo(record.epoch());
                }
            }
        };
    }

    /** The name of one reduction, for example {@code mms 0.3}. */
    static String label(ReductionMethod method, double keep) {
        return method.id() + " " + KeepFractions.format(keep);
    }

    private ProgressBar build(String task, long max, String unit) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(unit, 1)
                .setConsumer(new ConsoleProgressBarConsumer(stream)).build();
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    @Override
    public void close() {
        closeBar();
    }
}
