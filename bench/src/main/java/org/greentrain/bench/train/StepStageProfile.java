package org.greentrain.bench.train;

import java.util.Arrays;
import java.util.Locale;
import org.greentrain.data.Dataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.MeterConfig;
import org.greentrain.train.trainer.BatchProgress;
import org.greentrain.train.trainer.EpochRecord;
import org.greentrain.train.trainer.StepStage;
import org.greentrain.train.trainer.Trainer;
import org.greentrain.train.trainer.TrainingConfig;
import org.greentrain.train.trainer.TrainingListener;
import org.greentrain.train.trainer.TrainingRequest;

/**
 * Where one optimizer step's time goes in greentrain: a real {@link Trainer} run on one {@link Workload}, timing each
 * {@link StepStage} of every step through {@link TrainingListener#onStepStage} (the engine runs eagerly on the CPU, so
 * a stage's wall time is its work). Prints, per epoch, the mean microseconds per step of each stage; the PyTorch
 * counterpart is {@code bench/python/train_stages.py}, which times the same stages.
 *
 * <p>Usage: {@code StepStageProfile cnn|mlp EPOCHS THREADS BATCH}.
 */
public final class StepStageProfile {

    private StepStageProfile() {
    }

    public static void main(String[] args) throws Exception {
        Workload workload = Workload.named(args[0]);
        int epochs = Integer.parseInt(args[1]);
        String engine = EngineThreads.use(Integer.parseInt(args[2]));
        int batch = Integer.parseInt(args[3]);
        Dataset data = workload.data();
        String name = workload.name().toLowerCase(Locale.ROOT);
        System.out.println("stage-peer side=greentrain " + engine + " workload=" + name + " batch=" + batch);
        EnergyMeter meter = EnergyMeter.discover(MeterConfig.defaults().withGpu(false));
        TrainingConfig config = TrainingConfig.defaults().withEpochs(epochs).withBatchSize(batch)
                .withEvaluateEachEpoch(false);
        new Trainer(meter).train(TrainingRequest.of(workload.spec(), data, null).withConfig(config)
                .withListener(new StageTimer(name)));
    }

    /** Accumulates the wall time of each stage over an epoch's steps and prints the means at the epoch's end. */
    private static final class StageTimer implements TrainingListener {

        private final String workload;
        private final long[] nanos = new long[StepStage.values().length];
        private StepStage current;
        private long since;
        private int steps;

        StageTimer(String workload) {
            this.workload = workload;
        }

        @Override
        public void onStepStage(StepStage stage) {
            long now = System.nanoTime();
            close(now);
            current = stage;
            since = now;
        }

        @Override
        public void onBatch(BatchProgress progress) {
            close(System.nanoTime());
            current = null;
            steps++;
        }

        @Override
        public void onEpoch(EpochRecord record) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "stage-epoch side=greentrain workload=%s epoch=%d samples_per_s=%.1f", workload, record.epoch(),
                    record.samplesPerSecond()));
            long total = 0;
            for (StepStage stage : StepStage.values()) {
                line.append(String.format(Locale.ROOT, " %s_us=%.0f", stage.name().toLowerCase(Locale.ROOT),
                        nanos[stage.ordinal()] / 1e3 / steps));
                total += nanos[stage.ordinal()];
            }
            System.out.println(line.append(String.format(Locale.ROOT, " step_us=%.0f", total / 1e3 / steps)));
            Arrays.fill(nanos, 0);
            steps = 0;
        }

        private void close(long now) {
            if (current != null) {
                nanos[current.ordinal()] += now - since;
            }
        }
    }
}
