package org.greentrain.train.trainer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.SplittableRandom;
import org.greentrain.train.model.NetworkModel;
import org.greentrain.train.model.Seeds;
import org.greentrain.train.model.TensorData;

/**
 * The hot loop: one epoch of mini-batch steps over data already in engine memory. Per step it gathers the batch
 * rows by index from the whole-set arrays (one gather per array), runs forward and backward under a batch
 * sub-manager that is closed right after, and applies the optimizer. The batch order is a Fisher-Yates permutation
 * seeded by the shuffle seed and the epoch; the last batch may be smaller (except that a last batch of one row is
 * dropped when the network has batch norm, which cannot normalise a single example).
 *
 * <p>Batch losses and correct counts are written into two engine-side buffers, never read per step. Every
 * {@code lossCheckInterval} steps, and at the end of the epoch, the new losses are read back in one copy and checked:
 * the first non-finite one stops training with a {@link NonFiniteLossException} naming its batch.
 */
final class EpochRunner {

    /**
     * What an epoch did.
     *
     * @param rows     rows trained on
     * @param meanLoss mean batch loss, weighted by batch size
     * @param accuracy fraction of rows predicted correctly during the steps
     * @param seconds  wall time
     */
    record Stats(int rows, double meanLoss, double accuracy, double seconds) {
    }

    private final NetworkModel model;
    private final ParameterUpdater updater;
    private final TrainingConfig config;
    private final TrainingListener listener;

    EpochRunner(NetworkModel model, ParameterUpdater updater, TrainingConfig config, TrainingListener listener) {
        this.model = model;
        this.updater = updater;
        this.config = config;
        this.listener = listener;
    }

    Stats run(int epoch, String stage, TensorData data) {
        int rows = data.rows();
        int size = config.batchSize();
        int batches = (rows + size - 1) / size;
        int used = rows;
        if (model.architecture().hasBatchNorm() && rows % size == 1 && batches > 1) {
            batches--;
            used--;
        }
        long start = System.nanoTime();
        double lossSum = 0;
        long correctRows = 0;
        try (NDManager epochManager = data.manager().newSubManager()) {
            NDArray order = epochManager.create(permutation(rows, Seeds.mix(config.shuffleSeed(), epoch)));
            NDArray losses = epochManager.zeros(new Shape(batches));
            NDArray correct = epochManager.zeros(new Shape(batches), DataType.INT64);
            int checked = 0;
            for (int b = 0; b < batches; b++) {
                step(data, order, b * size, Math.min(rows, (b + 1) * size), losses, correct, b, epochManager);
                listener.onStepStage(StepStage.CHECK);
                if ((b + 1) % config.lossCheckInterval() == 0 || b == batches - 1) {
                    lossSum += checkLosses(losses, checked, b + 1, epoch, batches, rows);
                    checked = b + 1;
                }
                listener.onBatch(new BatchProgress(epoch, config.epochs(), b + 1, batches, stage));
            }
            for (long c : correct.toLongArray()) {
                correctRows += c;
            }
        }
        return new Stats(used, lossSum / used, (double) correctRows / used, (System.nanoTime() - start) / 1e9);
    }

    private void step(TensorData data, NDArray order, int from, int to, NDArray losses, NDArray correct, int b,
                      NDManager epochManager) {
        listener.onStepStage(StepStage.DATA);
        try (NDManager batch = epochManager.newSubManager()) {
            NDArray index = order.get(new NDIndex().addSliceDim(from, to));
            index.attach(batch);
            TensorData.Batch rows = data.gather(index, batch);
            NDArray logits;
            NDArray loss;
            try (GradientCollector collector = batch.getEngine().newGradientCollector()) {
                listener.onStepStage(StepStage.FORWARD);
                logits = model.block().forward(model.parameterStore(), new NDList(rows.features()), true)
                        .singletonOrThrow();
                listener.onStepStage(StepStage.LOSS);
                loss = CrossEntropy.loss(logits, rows.labels(), rows.rowWeights());
                listener.onStepStage(StepStage.BACKWARD);
                collector.backward(loss);
            }
            listener.onStepStage(StepStage.RECORD);
            losses.set(new NDIndex().addIndices(b), loss);
            correct.set(new NDIndex().addIndices(b), logits.argMax(1).eq(rows.labels()).sum());
            listener.onStepStage(StepStage.UPDATE);
            updater.step();
        }
    }

    /** Reads batch losses {@code [from, to)}, fails on the first non-finite one, returns their size-weighted sum. */
    private double checkLosses(NDArray losses, int from, int to, int epoch, int batches, int rows) {
        float[] values;
        try (NDArray slice = losses.get(new NDIndex().addSliceDim(from, to))) {
            values = slice.toFloatArray();
        }
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            int b = from + i;
            if (!Float.isFinite(values[i])) {
                throw new NonFiniteLossException(epoch, b + 1, batches, values[i],
                        config.optimizer().learningRate());
            }
            sum += (double) values[i] * (Math.min(rows, (b + 1) * config.batchSize()) - b * config.batchSize());
        }
        return sum;
    }

    /** A uniformly random permutation of {@code 0..n-1}, determined by {@code seed}. */
    static long[] permutation(int n, long seed) {
        long[] p = new long[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            long t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
