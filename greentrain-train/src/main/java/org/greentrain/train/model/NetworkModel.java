package org.greentrain.train.model;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.greentrain.data.Dataset;
import org.greentrain.train.metrics.ClassificationReport;
import org.greentrain.train.spec.Architecture;

/**
 * A DJL network built from an {@link Architecture}, with the class names it predicts: the object that is trained,
 * evaluated, saved and loaded. It owns a DJL {@link Model} (and so every parameter array); close it when done.
 */
public final class NetworkModel implements AutoCloseable {

    /** The DJL model name, also the prefix of the parameter file ({@code greentrain-0000.params}). */
    public static final String NAME = "greentrain";

    private static final int EVAL_BATCH = 2048;

    private final Model model;
    private final Architecture architecture;
    private final List<String> classNames;
    private final ParameterStore parameterStore;

    private NetworkModel(Model model, Architecture architecture, List<String> classNames) {
        this.model = model;
        this.architecture = architecture;
        this.classNames = List.copyOf(classNames);
        this.parameterStore = new ParameterStore(model.getNDManager(), false);
    }

    /**
     * A freshly initialised network (PyTorch default initialisation, seeded by {@code seed}).
     *
     * @throws IllegalArgumentException when the class names do not match the architecture
     */
    public static NetworkModel create(Architecture architecture, List<String> classNames, long seed) {
        checkClasses(architecture, classNames);
        Model model = Model.newInstance(NAME);
        try {
            Block block = BlockFactory.build(architecture, seed);
            model.setBlock(block);
            block.initialize(model.getNDManager(), DataType.FLOAT32, inputShape(architecture, 1));
            return new NetworkModel(model, architecture, classNames);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /**
     * Rebuilds the network of {@code architecture} and restores its parameters from the DJL parameter file in
     * {@code dir} written by {@link #saveParameters(Path)}.
     *
     * @throws IllegalArgumentException when the file is missing or does not match the architecture
     */
    public static NetworkModel load(Architecture architecture, List<String> classNames, Path dir) {
        checkClasses(architecture, classNames);
        Model model = Model.newInstance(NAME);
        try {
            model.setBlock(BlockFactory.build(architecture, 0));
            model.load(dir, NAME);
            return new NetworkModel(model, architecture, classNames);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            model.close();
            throw new IllegalArgumentException("cannot load model parameters from " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Writes the parameters in DJL's format as {@code dir/greentrain-0000.params}. */
    public void saveParameters(Path dir) {
        try {
            model.save(dir, NAME);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save model parameters to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The architecture the network was built from. */
    public Architecture architecture() {
        return architecture;
    }

    /** The class names, indexed by predicted class. */
    public List<String> classNames() {
        return classNames;
    }

    /** The DJL block. */
    public Block block() {
        return model.getBlock();
    }

    /** The parameter store to pass to {@link Block#forward}. */
    public ParameterStore parameterStore() {
        return parameterStore;
    }

    /** The manager owning the parameters; data and batch managers hang below it. */
    public NDManager manager() {
        return model.getNDManager();
    }

    /** The parameters that gradient descent updates (batch-norm running statistics excluded), in block order. */
    public List<Parameter> trainableParameters() {
        return block().getParameters().values().stream().filter(Parameter::requiresGradient).toList();
    }

    /** Number of trainable values, counted on the DJL block. */
    public long parameterCount() {
        return trainableParameters().stream().mapToLong(p -> p.getArray().size()).sum();
    }

    /** Copies {@code data} into engine memory for this network, with per-class loss weights or null. */
    public TensorData tensors(Dataset data, float[] classWeights) {
        checkDataset(data);
        return TensorData.of(data, architecture, manager(), classWeights);
    }

    /** Predicts every row of {@code data} in eval mode (dropout off, batch norm on running statistics). */
    public Predictions predict(TensorData data) {
        int rows = data.rows();
        int[] predicted = new int[rows];
        double lossSum = 0;
        for (int start = 0; start < rows; start += EVAL_BATCH) {
            int end = Math.min(rows, start + EVAL_BATCH);
            try (NDManager batch = data.manager().newSubManager()) {
                NDArray x = data.features().get(new NDIndex().addSliceDim(start, end));
                x.attach(batch);
                NDArray y = data.labels().get(new NDIndex().addSliceDim(start, end));
                y.attach(batch);
                NDArray logits = block().forward(parameterStore, new NDList(x), false).singletonOrThrow();
                long[] argMax = logits.argMax(1).toLongArray();
                for (int i = 0; i < argMax.length; i++) {
                    predicted[start + i] = (int) argMax[i];
                }
                lossSum -= logits.logSoftmax(1).gather(y.expandDims(1), 1).sum().getFloat();
            }
        }
        return new Predictions(predicted, rows == 0 ? Double.NaN : lossSum / rows);
    }

    /** The predicted class of every row of {@code data}. */
    public int[] predict(Dataset data) {
        try (TensorData tensors = tensors(data, null)) {
            return predict(tensors).predicted();
        }
    }

    /** Accuracy, per-class and macro precision/recall/F1, loss and confusion matrix on {@code data}. */
    public ClassificationReport evaluate(Dataset data) {
        try (TensorData tensors = tensors(data, null)) {
            return evaluate(tensors);
        }
    }

    /** The evaluation report on data already in engine memory. */
    public ClassificationReport evaluate(TensorData data) {
        Predictions p = predict(data);
        return ClassificationReport.of(data.labelValues(), p.predicted(), classNames, p.meanLoss());
    }

    @Override
    public void close() {
        model.close();
    }

    private void checkDataset(Dataset data) {
        Objects.requireNonNull(data, "data");
        TensorData.checkCompatible(data, architecture);
        if (!data.classNames().equals(classNames)) {
            throw new IllegalArgumentException("dataset '" + data.name() + "' has classes " + data.classNames()
                    + ", but the model predicts " + classNames);
        }
    }

    private static void checkClasses(Architecture architecture, List<String> classNames) {
        if (classNames.size() != architecture.input().classes()) {
            throw new IllegalArgumentException(classNames.size() + " class names for a model of "
                    + architecture.input().classes() + " classes");
        }
    }

    /** The batch input shape of {@code architecture} for {@code batch} examples. */
    static Shape inputShape(Architecture architecture, long batch) {
        long[] example = architecture.exampleShape();
        long[] dims = new long[example.length + 1];
        dims[0] = batch;
        System.arraycopy(example, 0, dims, 1, example.length);
        return new Shape(dims);
    }
}
