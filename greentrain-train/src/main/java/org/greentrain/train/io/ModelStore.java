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
import org.greentrain.train.model.NetworkModel;
import org.greentrain.train.spec.Architecture;
import org.greentrain.train.spec.ModelInput;
import org.greentrain.train.spec.ModelSpec;
import org.greentrain.train.spec.ModelSpecs;
import org.greentrain.train.trainer.TrainingResult;

/**
 * Saves a trained network as a directory and loads it back. The directory holds the parameters in DJL's format
 * ({@code greentrain-0000.params}), the spec as its canonical string ({@code spec.txt}) and as JSON
 * ({@code spec.json}), the input the spec was resolved for with the class names ({@code input.json}), and the
 * training record ({@code training.json}) when there is one. Loading rebuilds the block from the spec and input and
 * restores the parameters. The directory is written under a temporary name and moved into place, so a crash never
 * leaves a half-written model.
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

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelStore() {
    }

    /**
     * Writes {@code model} (and {@code result}, when not null) to the new directory {@code dir}.
     *
     * @throws IllegalArgumentException when {@code dir} exists and is not an empty directory
     */
    public static void save(NetworkModel model, TrainingResult result, Path dir) {
        Path target = dir.toAbsolutePath();
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
            Files.writeString(tmp.resolve(INPUT_JSON), JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(inputJson(architecture.input(), model.classNames())) + System.lineSeparator());
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
        if (!Files.isRegularFile(dir.resolve(SPEC_TEXT)) || !Files.isRegularFile(dir.resolve(INPUT_JSON))) {
            throw new IllegalArgumentException(dir + " is not a saved greentrain model: it needs " + SPEC_TEXT + " and "
                    + INPUT_JSON);
        }
        ModelSpec spec = ModelSpecs.read(dir.resolve(SPEC_TEXT));
        JsonNode input;
        try {
            input = JSON.readTree(dir.resolve(INPUT_JSON).toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + dir.resolve(INPUT_JSON) + ": " + e.getMessage(), e);
        }
        List<String> classes = new ArrayList<>();
        input.path("classes").forEach(c -> classes.add(c.asText()));
        JsonNode image = input.path("image");
        ImageShape shape = image.isObject() ? new ImageShape(image.path("channels").asInt(),
                image.path("height").asInt(), image.path("width").asInt()) : null;
        Architecture architecture = spec.resolve(new ModelInput(input.path("features").asInt(), shape,
                classes.size()));
        return NetworkModel.load(architecture, classes, dir);
    }

    private static ObjectNode inputJson(ModelInput input, List<String> classNames) {
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
