package org.greentrain.data.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.greentrain.data.DataInputException;
import org.greentrain.data.Dataset;
import org.greentrain.data.io.ArffLoader;
import org.greentrain.data.io.CategoricalPolicy;
import org.greentrain.data.io.CsvLoader;
import org.greentrain.data.io.IdxLoader;
import org.greentrain.data.io.LabelColumn;
import org.greentrain.data.io.LoadOptions;

/**
 * Datasets known by name, loaded without any download. MNIST and the tabular sets are resources of the Maven artifact
 * {@code io.github.padreati:rapaio-datasets}, a dependency of this module. Fashion-MNIST comes from Debian's package
 * {@code dataset-fashion-mnist} or from a directory the caller names. The names:
 * <ul>
 *   <li>{@code mnist}: 60,000 + 10,000 grey 28x28 digits, 10 classes, pixels scaled to [0, 1]</li>
 *   <li>{@code fashion-mnist}: 60,000 + 10,000 grey 28x28 clothing images, 10 classes, pixels scaled to [0, 1]</li>
 *   <li>{@code spambase}: 4,601 e-mails x 57 word and character statistics, classes 0 (ham) and 1 (spam)</li>
 *   <li>{@code mushroom}: 8,124 mushrooms x 22 categorical attributes, one-hot encoded (a missing stalk-root is its
 *       own category {@code ?}), classes e (edible) and p (poisonous)</li>
 *   <li>{@code sonar}: 208 sonar returns x 60 band energies, classes Mine and Rock</li>
 *   <li>{@code iris}: 150 flowers x 4 measurements, 3 species</li>
 * </ul>
 */
public final class BuiltinDatasets {

    /** Where Debian's {@code dataset-fashion-mnist} package installs its files. */
    public static final Path FASHION_MNIST_SYSTEM_DIR = Path.of("/usr/share/datasets/fashion-mnist");

    /** The four IDX files of MNIST and Fashion-MNIST, gzipped; uncompressed copies without ".gz" are accepted too. */
    public static final List<String> IDX_FILES = List.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
            "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz");

    private static final List<String> NAMES = List.of("mnist", "fashion-mnist", "spambase", "mushroom", "sonar",
            "iris");
    private static final String RESOURCES = "/rapaio/provider/datasets/";
    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    private static final List<String> FASHION_CLASSES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
            "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");

    private BuiltinDatasets() {
    }

    /** The names {@link #load} accepts. */
    public static List<String> names() {
        return NAMES;
    }

    /** Loads the dataset called {@code name} from its default location. */
    public static LoadedDataset load(String name) throws IOException {
        return load(name, null);
    }

    /**
     * Loads the dataset called {@code name}.
     *
     * @param dataDir for {@code mnist} and {@code fashion-mnist}, a directory holding the four {@link #IDX_FILES} to
     *                use instead of the default copy; null for the default. Tabular sets take no directory.
     * @throws DataInputException for an unknown name (the message lists the known ones), a data directory given for
     *                            a tabular set, or image files that cannot be found (the message says how to get them)
     */
    public static LoadedDataset load(String name, Path dataDir) throws IOException {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        switch (key) {
            case "mnist":
                return dataDir == null ? mnistFromClasspath() : idxDirectory("mnist", dataDir, DIGITS,
                        notFoundIn("mnist", dataDir) + "; or give no data directory to use the copy inside greentrain");
            case "fashion-mnist":
                if (dataDir == null) {
                    return idxDirectory("fashion-mnist", FASHION_MNIST_SYSTEM_DIR, FASHION_CLASSES, "fashion-mnist not"
                            + " found in " + FASHION_MNIST_SYSTEM_DIR + ": install it with 'apt-get install"
                            + " dataset-fashion-mnist' or pass --data-dir DIR holding " + String.join(", ", IDX_FILES)
                            + " (gzipped or not)");
                }
                return idxDirectory("fashion-mnist", dataDir, FASHION_CLASSES, notFoundIn("fashion-mnist", dataDir)
                        + "; or install it with 'apt-get install dataset-fashion-mnist' and give no data directory");
            case "spambase":
                return tabular("spambase", "spam-base.csv",
                        LoadOptions.defaults().withLabel(LabelColumn.byName("spam")), dataDir);
            case "mushroom":
                return tabular("mushroom", "mushrooms.csv", LoadOptions.defaults()
                        .withLabel(LabelColumn.byName("classes"))
                        .withCategorical(CategoricalPolicy.ONE_HOT)
                        .withMissingAsCategory(true), dataDir);
            case "sonar":
                return tabular("sonar", "sonar.arff", LoadOptions.defaults(), dataDir);
            case "iris":
                return tabular("iris", "iris-r.csv", LoadOptions.defaults().withLabel(LabelColumn.byName("class")),
                        dataDir);
            default:
                throw new DataInputException("unknown dataset '" + name + "'; known datasets: "
                        + String.join(", ", NAMES) + " (or load your own CSV or ARFF file by path)");
        }
    }

    private static LoadedDataset mnistFromClasspath() throws IOException {
        String dir = RESOURCES + "mnist/";
        Dataset train = idxResource("mnist-train", dir + IDX_FILES.get(0), dir + IDX_FILES.get(1));
        Dataset test = idxResource("mnist-test", dir + IDX_FILES.get(2), dir + IDX_FILES.get(3));
        return new LoadedDataset(train, test);
    }

    private static Dataset idxResource(String name, String images, String labels) throws IOException {
        try (InputStream imageStream = resource(images); InputStream labelStream = resource(labels)) {
            return IdxLoader.load(imageStream, images, labelStream, labels, name, DIGITS);
        }
    }

    /**
     * Loads the four {@link #IDX_FILES} of {@code dir} as the official training and test parts.
     *
     * @param notFound the error message when a file is missing
     */
    private static LoadedDataset idxDirectory(String name, Path dir, List<String> classes, String notFound)
            throws IOException {
        Path[] files = new Path[IDX_FILES.size()];
        for (int i = 0; i < files.length; i++) {
            files[i] = findIdx(dir, IDX_FILES.get(i));
            if (files[i] == null) {
                throw new DataInputException(notFound);
            }
        }
        Dataset train = IdxLoader.load(files[0], files[1], name + "-train", classes);
        Dataset test = IdxLoader.load(files[2], files[3], name + "-test", classes);
        return new LoadedDataset(train, test);
    }

    private static String notFoundIn(String name, Path dir) {
        return name + " not found in " + dir + ": the directory must hold " + String.join(", ", IDX_FILES)
                + " (gzipped or not)";
    }

    /** {@code dir/fileName}, or its uncompressed twin without ".gz", or null. */
    private static Path findIdx(Path dir, String fileName) {
        Path gzipped = dir.resolve(fileName);
        if (Files.isRegularFile(gzipped)) {
            return gzipped;
        }
        Path raw = dir.resolve(fileName.substring(0, fileName.length() - ".gz".length()));
        return Files.isRegularFile(raw) ? raw : null;
    }

    private static LoadedDataset tabular(String name, String resourceName, LoadOptions options, Path dataDir)
            throws IOException {
        if (dataDir != null) {
            throw new DataInputException(name + " ships inside greentrain and takes no data directory; a data"
                    + " directory only applies to mnist and fashion-mnist");
        }
        String path = RESOURCES + resourceName;
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resource(path), StandardCharsets.UTF_8))) {
            Dataset data = resourceName.endsWith(".arff") ? ArffLoader.load(reader, path, name, options)
                    : CsvLoader.load(reader, path, name, options);
            return new LoadedDataset(data, null);
        }
    }

    private static InputStream resource(String path) {
        InputStream stream = BuiltinDatasets.class.getResourceAsStream(path);
        if (stream == null) {
            throw new IllegalStateException("resource " + path + " is not on the classpath: greentrain-data needs the"
                    + " jar io.github.padreati:rapaio-datasets:8.1.0 next to it");
        }
        return stream;
    }
}
