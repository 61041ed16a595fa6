package org.greentrain.train.io;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import java.util.Arrays;
import org.greentrain.train.model.NetworkModel;

/**
 * Runs a network in eval mode (dropout off, batch norm on its running statistics) over rows held in a Java array, a
 * batch at a time, so engine memory stays at one batch whatever the number of rows. The batch size is the one
 * {@link NetworkModel#predict} evaluates with, so both give the same outputs.
 */
final class BatchInference {

    /** Rows per forward pass. */
    static final int BATCH = 2048;

    private BatchInference() {
    }

    /**
     * The outputs for {@code features}, row-major with as many values per row as the network takes.
     *
     * @param source the data's name, for error messages
     */
    static ClassProbabilities run(NetworkModel network, float[] features, String source) {
        long[] example = network.architecture().exampleShape();
        int width = network.architecture().input().features();
        int classes = network.classNames().size();
        if (features.length % width != 0) {
            throw new IllegalArgumentException(source + " holds " + features.length + " values, not whole rows of the "
                    + width + " the model takes");
        }
        int rows = features.length / width;
        float[] logits = new float[rows * classes];
        for (int start = 0; start < rows; start += BATCH) {
            int count = Math.min(BATCH, rows - start);
            try (NDManager batch = network.manager().newSubManager()) {
                float[] slice = Arrays.copyOfRange(features, start * width, (start + count) * width);
                NDArray x = batch.create(FloatBuffer.wrap(slice), shape(count, example));
                NDArray out = network.block().forward(network.parameterStore(), new NDList(x), false)
                        .singletonOrThrow();
                System.arraycopy(out.toFloatArray(), 0, logits, start * classes, count * classes);
            }
        }
        return ClassProbabilities.ofLogits(logits, classes, source);
    }

    private static Shape shape(int rows, long[] example) {
        long[] dims = new long[example.length + 1];
        dims[0] = rows;
        System.arraycopy(example, 0, dims, 1, example.length);
        return new Shape(dims);
    }
}
