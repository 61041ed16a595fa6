package org.greentrain.bench.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import java.util.SplittableRandom;
import org.greentrain.train.model.TensorData;

/**
 * The trainer's data path without the model: per epoch a seeded permutation copied to the engine, then per batch one
 * index slice and {@link TensorData#gather} (one row gather of features and labels) under a batch sub-manager closed
 * right after, exactly as the trainer's epoch loop does before its forward pass. Its throughput bounds how fast data
 * can be fed.
 */
final class GatherLoop {

    private final TensorData data;
    private final int batchSize;

    GatherLoop(TensorData data, int batchSize) {
        this.data = data;
        this.batchSize = batchSize;
    }

    /** Runs one epoch of gathers and returns its wall time in seconds. */
    double epoch(long seed) {
        int rows = data.rows();
        long start = System.nanoTime();
        try (NDManager epoch = data.manager().newSubManager()) {
            NDArray order = epoch.create(permutation(rows, seed));
            for (int from = 0; from < rows; from += batchSize) {
                try (NDManager batch = epoch.newSubManager()) {
                    NDArray index = order.get(new NDIndex().addSliceDim(from, Math.min(rows, from + batchSize)));
                    index.attach(batch);
                    data.gather(index, batch);
                }
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static long[] permutation(int n, long seed) {
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
