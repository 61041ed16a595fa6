package org.greentrain.bench.train;

import ai.djl.ndarray.NDManager;
import java.util.Locale;
import org.greentrain.data.Dataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.energy.MeterConfig;
import org.greentrain.train.model.TensorData;
import org.greentrain.train.spec.Architecture;
import org.greentrain.train.spec.ModelInput;
import org.greentrain.train.trainer.EpochRecord;
import org.greentrain.train.trainer.Trainer;
import org.greentrain.train.trainer.TrainingConfig;
import org.greentrain.train.trainer.TrainingRequest;
import org.greentrain.train.trainer.TrainingResult;

/**
 * greentrain's training throughput on one {@link Workload}: a real {@link Trainer} run (Adam, PyTorch defaults) of the
 * warm-up epochs plus the timed epochs, without per-epoch evaluation, each epoch's samples/s read from its record
 * (optimisation steps only); then the same number of epochs of the data path alone ({@link GatherLoop}). Prints one
 * line per epoch, marking the warm-up ones, for {@code bench/python/train_table.py}.
 *
 * <p>Usage: {@code TrainThroughputBench cnn|mlp WARMUP_EPOCHS TIMED_EPOCHS THREADS BATCH}.
 */
public final class TrainThroughputBench {

    private TrainThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        Workload workload = Workload.named(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int timed = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        int batch = Integer.parseInt(args[4]);
        String engine = EngineThreads.use(threads);
        Dataset data = workload.data();
        String name = workload.name().toLowerCase(Locale.ROOT);
        EnergyMeter meter = EnergyMeter.discover(MeterConfig.defaults().withGpu(false));
        TrainingConfig config = TrainingConfig.defaults().withEpochs(warmup + timed).withBatchSize(batch)
                .withEvaluateEachEpoch(false);
        TrainingResult result = new Trainer(meter).train(TrainingRequest.of(workload.spec(), data, null)
                .withConfig(config));
        System.out.println("train-peer side=greentrain " + engine + " workload=" + name + " model="
                + workload.spec().canonical() + " rows=" + data.rows() + " shape=" + Workload.shape(data) + " batch="
                + batch + " parameters=" + result.parameterCount() + " warmup_epochs=" + warmup);
        for (EpochRecord e : result.epochs()) {
            print("train-epoch", name, e.epoch(), e.epoch() <= warmup, e.trainRows(), e.trainSeconds());
        }
        Architecture architecture = workload.spec().resolve(ModelInput.of(data));
        try (NDManager manager = NDManager.newBaseManager();
             TensorData tensors = TensorData.of(data, architecture, manager, null)) {
            GatherLoop gather = new GatherLoop(tensors, batch);
            for (int e = 1; e <= warmup + timed; e++) {
                print("gather-epoch", name, e, e <= warmup, tensors.rows(), gather.epoch(e));
            }
        }
    }

    private static void print(String kind, String workload, int epoch, boolean warmup, int rows, double seconds) {
        System.out.printf(Locale.ROOT, "%s side=greentrain workload=%s epoch=%d warmup=%b rows=%d seconds=%.4f "
                + "samples_per_s=%.1f%n", kind, workload, epoch, warmup, rows, seconds, rows / seconds);
    }
}
