package org.greentrain.train.io;

import java.nio.file.Path;
import java.util.List;
import org.greentrain.train.model.NetworkModel;

/**
 * A model loaded from the directory {@link ModelStore} wrote, ready to apply to new raw rows: the network, and the
 * input schema that says which columns it takes and how to scale them. Owns the network; close it when done.
 */
public final class SavedModel implements AutoCloseable {

    private final Path directory;
    private final NetworkModel network;
    private final InputSchema input;

    SavedModel(Path directory, NetworkModel network, InputSchema input) {
        this.directory = directory;
        this.network = network;
        this.input = input;
    }

    /** The directory the model was loaded from. */
    public Path directory() {
        return directory;
    }

    /** The network. */
    public NetworkModel network() {
        return network;
    }

    /** The columns the model takes, its label column and its scaling. */
    public InputSchema input() {
        return input;
    }

    /** The class names, indexed by predicted class. */
    public List<String> classNames() {
        return network.classNames();
    }

    /**
     * Where each feature of this model comes from among {@code inputColumns}, matched by name (by position for the
     * pixels of an image model).
     *
     * @param source the input's name, for error messages
     * @throws ColumnMismatchException  when features are missing or input columns are unknown to the model
     * @throws IllegalArgumentException when an image model gets another number of values per row
     */
    public ColumnMatch matchColumns(List<String> inputColumns, String source) {
        return ColumnMatch.of(input, network.architecture().input().image(), inputColumns, source);
    }

    /**
     * Scales raw rows with the saved scaler and predicts them, a batch at a time.
     *
     * @param features row-major raw values, columns in {@link InputSchema#featureNames()} order (see
     *                 {@link ColumnMatch})
     * @param source   the data's name, for error messages
     * @throws IllegalArgumentException when a value scales or propagates to a non-finite number
     */
    public ClassProbabilities predict(float[] features, String source) {
        return BatchInference.run(network, input.scale(features, source), source);
    }

    @Override
    public void close() {
        network.close();
    }
}
