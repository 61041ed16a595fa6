package org.greentrain.cli.train;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.greentrain.cli.common.Units;
import org.greentrain.train.trainer.BatchProgress;
import org.greentrain.train.trainer.EpochRecord;
import org.greentrain.train.trainer.TrainingListener;

/**
 * The progress bars of {@code greentrain train} on stderr: one bar per epoch that counts its batches, and that is
 * left on screen with the epoch's loss, accuracies and joules once the epoch ends.
 */
final class TrainProgress implements TrainingListener, AutoCloseable {

    private static final int WIDTH = 120;

    private final PrintStream stream;
    private ProgressBar bar;
    private int barEpoch;

    TrainProgress(PrintStream stream) {
        this.stream = stream;
    }

    /** Bars on stderr when {@code enabled}, else null. */
    static TrainProgress startIf(boolean enabled) {
        return enabled ? new TrainProgress(System.err) : null;
    }

    @Override
    public void onBatch(BatchProgress progress) {
        if (bar == null || progress.epoch() != barEpoch) {
            closeBar();
            bar = new ProgressBarBuilder().setTaskName(taskName(progress)).setInitialMax(progress.batches())
                    .setUnit(" batches", 1).setConsumer(new ConsoleProgressBarConsumer(stream, WIDTH)).build();
            barEpoch = progress.epoch();
        }
        bar.stepTo(progress.batch());
    }

    @Override
    public void onEpoch(EpochRecord record) {
        if (bar != null && barEpoch == record.epoch()) {
            bar.setExtraMessage(summary(record));
            closeBar();
        }
    }

    /** {@code epoch 2/3}, with the forgetting-events stage when there is one. */
    static String taskName(BatchProgress p) {
        String name = "epoch " + p.epoch() + "/" + p.epochs();
        return p.stage().equals("train") ? name : name + " " + p.stage();
    }

    /** The text beside a finished epoch's bar, for example {@code loss 0.2154 · acc 93.4% · test 97.1% · 41.20 J}. */
    static String summary(EpochRecord r) {
        String text = String.format(Locale.ROOT, "loss %.4f · acc %.1f%%", r.trainLoss(), 100 * r.trainAccuracy());
        if (!Double.isNaN(r.testAccuracy())) {
            text += String.format(Locale.ROOT, " · test %.1f%%", 100 * r.testAccuracy());
        }
        return text + " · " + Units.joules(r.energyJoules());
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
