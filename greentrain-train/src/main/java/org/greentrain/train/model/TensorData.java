package org.greentrain.train.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.nio.FloatBuffer;
import org.greentrain.data.Dataset;
import org.greentrain.train.spec.Architecture;

/**
 * A dataset copied once into engine memory in the shape a network takes ({@code N x F} or {@code N x C x H x W}),
 * with int64 labels and optional per-row loss weights. Batches are gathered from these arrays by index, so the hot
 * loop never touches Java-side rows. Owns its arrays through its own manager; close it to free them.
 */
public final class TensorData implements AutoCloseable {

    private final NDManager manager;
    private final NDArray features;
    private final NDArray labels;
    private final NDArray rowWeights;
    private final int[] labelArray;

    private TensorData(NDManager manager, NDArray features, NDArray labels, NDArray rowWeights, int[] labelArray) {
        this.manager = manager;
        this.features = features;
        this.labels = labels;
        this.rowWeights = rowWeights;
        this.labelArray = labelArray;
    }

    /**
     * Copies {@code data} into a sub-manager of {@code parent}, shaped for {@code architecture}.
     *
     * @param classWeights loss weight per class, or null for an unweighted loss
     * @throws IllegalArgumentException when the data does not match the architecture's input
     */
    public static TensorData of(Dataset data, Architecture architecture, NDManager parent, float[] classWeights) {
        checkCompatible(data, architecture);
        NDManager manager = parent.newSubManager();
        try {
            NDArray x = manager.create(FloatBuffer.wrap(data.features()),
                    NetworkModel.inputShape(architecture, data.rows()));
            long[] y = new long[data.rows()];
            for (int i = 0; i < y.length; i++) {
                y[i] = data.labels()[i];
            }
            NDArray weights = null;
            if (classWeights != null) {
                float[] w = new float[data.rows()];
                for (int i = 0; i < w.length; i++) {
                    w[i] = classWeights[data.labels()[i]];
                }
                weights = manager.create(w);
            }
            return new TensorData(manager, x, manager.create(y), weights, data.labels().clone());
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /** Checks that {@code data} has the columns and classes {@code architecture} was resolved for. */
    public static void checkCompatible(Dataset data, Architecture architecture) {
        if (data.cols() != architecture.input().features()) {
            throw new IllegalArgumentException("dataset '" + data.name() + "' has " + data.cols()
                    + " features, but the model takes " + architecture.input().describe());
        }
        if (data.numClasses() != architecture.input().classes()) {
            throw new IllegalArgumentException("dataset '" + data.name() + "' has " + data.numClasses()
                    + " classes, but the model predicts " + architecture.input().classes());
        }
    }

    /** The rows at {@code indices}, gathered on the engine side into a new sub-manager of this data's parent. */
    public TensorData subset(int[] indices) {
        NDManager sub = manager.getParentManager().newSubManager();
        try {
            long[] idx = new long[indices.length];
            int[] subLabels = new int[indices.length];
            for (int i = 0; i < indices.length; i++) {
                idx[i] = indices[i];
                subLabels[i] = labelArray[indices[i]];
            }
            NDArray index = sub.create(idx);
            NDArray x = features.get(index);
            x.attach(sub);
            NDArray y = labels.get(index);
            y.attach(sub);
            NDArray w = null;
            if (rowWeights != null) {
                w = rowWeights.get(index);
                w.attach(sub);
            }
            return new TensorData(sub, x, y, w, subLabels);
        } catch (RuntimeException e) {
            sub.close();
            throw e;
        }
    }

    /** Number of rows. */
    public int rows() {
        return labelArray.length;
    }

    /** Features, {@code N x ...}, float32. */
    public NDArray features() {
        return features;
    }

    /** Labels, {@code N}, int64. */
    public NDArray labels() {
        return labels;
    }

    /** Per-row loss weights, {@code N}, float32, or null for an unweighted loss. */
    public NDArray rowWeights() {
        return rowWeights;
    }

    /** A copy of the labels on the Java side. */
    public int[] labelValues() {
        return labelArray.clone();
    }

    /** The manager that owns these arrays; batch sub-managers hang below it. */
    public NDManager manager() {
        return manager;
    }

    @Override
    public void close() {
        manager.close();
    }
}
