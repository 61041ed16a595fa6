package org.greentrain.train.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.greentrain.data.ImageShape;
import org.greentrain.data.scale.FeatureScaler;
import org.greentrain.train.model.NetworkModel;
import org.greentrain.train.spec.Architecture;
import org.greentrain.train.spec.ModelInput;
import org.greentrain.train.spec.ModelSpec;
import org.greentrain.train.spec.ModelSpecs;
import org.greentrain.train.trainer.TrainingResult;

/**
 * Saves a trained network as a directory and loads it back, either as the bare network or, with everything needed to
 * apply it to new raw rows, as a {@link SavedModel}. The directory holds:
 * <ul>
 *   <li>{@code greentrain-0000.params}: the parameters in DJL's format;</li>
 *   <li>{@code spec.txt} and {@code spec.json}: the model spec as its canonical string and as JSON;</li>
 *   <li>{@code input.json}: what the network reads, {@code {"features": 4, "image": null or {"channels", "height",
 *       "width"}, "classes": [class names in label order], "featureNames": [feature columns in network order],
 *       "labelColumn": "class"}};</li>
 *   <li>{@code scaler.json}: the feature scaling fitted at training time ({@link ScalerJson}), {@code none}
 *       included;</li>
 *   <li>{@code training.json}: the training record ({@link ResultJson}), when there is one.</li>
 * </ul>
 * Loading rebuilds the block from the spec and input and restores the parameters. Directories saved before
 * {@code featureNames}, {@code labelColumn} and {@code scaler.json} existed still load as a network, but not as a
 * {@link SavedModel}: their scaling is unknown, and guessing it would give wrong predictions silently. The directory
 * is written under a temporary name and moved into place, so a crash never leaves a half-written model.
 */
public final class ModelStore {

    /** The canonical spec string. */
    public static final String SPEC_TEXT = "spec.txt";
    /** The spec as JSON. */
    public static final String SPEC_JSON = "spec.json";
    /** Input size, image shape and class names. */
    public static final String INPUT_JSON = "input.json";
    /** The training record. */
    public static final String TRAINING_JSON = "training.json";
    /** The fitted feature scaling. */
    public static final String SCALER_JSON = "scaler.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelStore() {
    }

    /**
     * Writes {@code model}, the schema of its input (and {@code result}, when not null) to the new directory
     * {@code dir}.
     *
     * @throws IllegalArgumentException when {@code dir} exists and is not an empty directory, or the schema does not
     *                                  have the model's number of features
     */
    public static void save(NetworkModel model, TrainingResult result, InputSchema input, Path dir) {
        Path target = dir.toAbsolutePath();
        int features = model.architecture().input().features();
        if (input.featureNames().size() != features) {
            throw new IllegalArgumentException("the input schema names " + input.featureNames().size()
                    + " features, but the model takes " + features);
        }
        requireFreshTarget(target);
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".tmp-");
            Architecture architecture = model.architecture();
            ModelSpec spec = ModelSpecs.parse(architecture.spec());
            model.saveParameters(tmp);
            Files.writeString(tmp.resolve(SPEC_TEXT), spec.canonical() + System.lineSeparator());
            Files.writeString(tmp.resolve(SPEC_JSON), ModelSpecs.toJson(spec) + System.lineSeparator());
            Files.writeString(tmp.resolve(INPUT_JSON), pretty(inputJson(architecture.input(), model.classNames(),
                    input)));
            Files.writeString(tmp.resolve(SCALER_JSON), pretty(ScalerJson.toJson(input.scaler())));
            if (result != null) {
                Files.writeString(tmp.resolve(TRAINING_JSON), ResultJson.write(result) + System.lineSeparator());
            }
            if (Files.isDirectory(target)) {
                Files.delete(target);
            }
            moveIntoPlace(tmp, target);
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the model to " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    /**
     * Loads the network saved in {@code dir}.
     *
     * @throws IllegalArgumentException when {@code dir} is not a saved model or its files do not agree
     */
    public static NetworkModel load(Path dir) {
        JsonNode input = readInput(dir);
        ModelSpec spec = ModelSpecs.read(dir.resolve(SPEC_TEXT));
        List<String> classes = new ArrayList<>();
        input.path("classes").forEach(c -> classes.add(c.asText()));
        JsonNode image = input.path("image");
        ImageShape shape = image.isObject() ? new ImageShape(image.path("channels").asInt(),
                image.path("height").asInt(), image.path("width").asInt()) : null;
        Architecture architecture = spec.resolve(new ModelInput(input.path("features").asInt(), shape,
                classes.size()));
        return NetworkModel.load(architecture, classes, dir);
    }

    /**
     * Loads the model saved in {@code dir} with its input schema, to apply it to new raw rows.
     *
     * @throws IllegalArgumentException when {@code dir} is not a saved model, was saved without its scaling (by an
     *                                  older greentrain), or its files do not agree
     */
    public static SavedModel loadSaved(Path dir) {
        JsonNode input = readInput(dir);
        Path scalerFile = dir.resolve(SCALER_JSON);
        if (!Files.isRegularFile(scalerFile) || !input.path("featureNames").isArray()) {
            throw new IllegalArgumentException(dir + " was saved without its feature scaling (" + SCALER_JSON
                    + "), by an older greentrain: train it again with --save to predict with it");
        }
        List<String> featureNames = new ArrayList<>();
        input.path("featureNames").forEach(n -> featureNames.add(n.asText()));
        FeatureScaler scaler = ScalerJson.fromJson(readJson(scalerFile), featureNames, scalerFile.toString());
        InputSchema schema = new InputSchema(featureNames, input.path("labelColumn").asText(""), scaler);
        NetworkModel network = load(dir);
        if (network.architecture().input().features() != featureNames.size()) {
            network.close();
            throw new IllegalArgumentException(dir.resolve(INPUT_JSON) + " names " + featureNames.size()
                    + " features, but the network takes " + network.architecture().input().features()
                    + ": the model directory is damaged; save the model again");
        }
        return new SavedModel(dir, network, schema);
    }

    /** The parsed {@code input.json} of {@code dir}, after checking that {@code dir} is a saved model. */
    private static JsonNode readInput(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " does not exist or is not a directory: give the directory that"
                    + " 'greentrain train --save DIR' wrote");
        }
        if (!Files.isRegularFile(dir.resolve(SPEC_TEXT)) || !Files.isRegularFile(dir.resolve(INPUT_JSON))) {
            throw new IllegalArgumentException(dir + " is not a saved greentrain model: it needs " + SPEC_TEXT + " and "
                    + INPUT_JSON);
        }
        return readJson(dir.resolve(INPUT_JSON));
    }

    private static JsonNode readJson(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String pretty(JsonNode node) throws IOException {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + System.lineSeparator();
    }

    private static ObjectNode inputJson(ModelInput input, List<String> classNames, InputSchema schema) {
        ObjectNode node = JSON.createObjectNode();
        node.put("features", input.features());
        if (input.image() == null) {
            node.putNull("image");
        } else {
            ObjectNode image = node.putObject("image");
            image.put("channels", input.image().channels());
            image.put("height", input.image().height());
            image.put("width", input.image().width());
        }
        classNames.forEach(node.putArray("classes")::add);
        schema.featureNames().forEach(node.putArray("featureNames")::add);
        node.put("labelColumn", schema.labelColumn());
        return node;
    }

    private static void requireFreshTarget(Path target) {
        if (Files.exists(target)) {
            boolean empty = false;
            if (Files.isDirectory(target)) {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
                    empty = !entries.iterator().hasNext();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + target + ": " + e.getMessage(), e);
                }
            }
            if (!empty) {
                throw new IllegalArgumentException(target + " already exists: save the model to a new or empty "
                        + "directory");
            }
        }
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a leftover temporary directory is harmless and visibly named
        }
    }
}
