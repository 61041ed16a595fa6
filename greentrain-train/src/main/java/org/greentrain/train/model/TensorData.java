package org.greentrain.train.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import java.nio.FloatBuffer;
import org.greentrain.data.Dataset;
import org.greentrain.train.spec.Architecture;

/**
 * A dataset copied once into engine memory in the shape a network takes ({@code N x F} or {@code N x C x H x W}),
 * with int64 labels and optional per-row loss weights. Batches are gathered from these arrays by index
 * ({@link #gather}), so the hot loop never touches Java-side rows. Owns its arrays through its own manager; close it
 * to free them.
 */
public final class TensorData implements AutoCloseable {

    /**
     * The rows of one mini-batch, in index order.
     *
     * @param features   {@code B x ...}, in the network's input shape
     * @param labels     {@code B}, int64
     * @param rowWeights {@code B} loss weights, or null for an unweighted loss
     */
    public record Batch(NDArray features, NDArray labels, NDArray rowWeights) {
    }

    private final NDManager manager;
    private final NDArray features;
    /** The features seen as a table of {@code N} flat rows: {@code features} itself, or a view of it. */
    private final NDArray featureRows;
    private final NDArray labels;
    private final NDArray rowWeights;
    private final int[] labelArray;

    private TensorData(NDManager manager, NDArray features, NDArray labels, NDArray rowWeights, int[] labelArray) {
        this.manager = manager;
        this.features = features;
        this.featureRows = flatRows(features);
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
            Batch rows = gather(index, sub);
            return new TensorData(sub, rows.features(), rows.labels(), rows.rowWeights(), subLabels);
        } catch (RuntimeException e) {
            sub.close();
            throw e;
        }
    }

    /**
     * Gathers the rows at {@code index} (1-D, int64) into arrays owned by {@code batch}: one row copy per array.
     * Features go through {@code index_select} (which DJL exposes as an embedding lookup), 3 to 5 times faster on the
     * CPU than advanced indexing for feature rows, and are then viewed in the network's input shape.
     */
    public Batch gather(NDArray index, NDManager batch) {
        NDArray x = featureRows.getNDArrayInternal().embedding(index, featureRows, SparseFormat.DENSE)
                .singletonOrThrow();
        x.attach(batch);
        if (featureRows != features) {
            // image rows: view the gathered flat rows as B x C x H x W
            x = x.reshape(inputShape(index.size()));
            x.attach(batch);
        }
        NDArray y = labels.get(index);
        y.attach(batch);
        NDArray w = null;
        if (rowWeights != null) {
            w = rowWeights.get(index);
            w.attach(batch);
        }
        return new Batch(x, y, w);
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

    /** {@code rows} examples in the features' per-example shape. */
    private Shape inputShape(long rows) {
        long[] dims = features.getShape().getShape().clone();
        dims[0] = rows;
        return new Shape(dims);
    }

    private static NDArray flatRows(NDArray features) {
        Shape shape = features.getShape();
        return shape.dimension() == 2 ? features : features.reshape(shape.get(0), shape.slice(1).size());
    }
}
