package org.greentrain.data.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.greentrain.data.DataInputException;
import org.greentrain.data.Dataset;
import org.greentrain.data.ImageShape;
import org.greentrain.data.split.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuiltinDatasetsTest {

    @TempDir
    Path dir;

    @Test
    void mnistHasItsOfficialPartsShapeAndClasses() throws IOException {
        LoadedDataset mnist = BuiltinDatasets.load("mnist");

        assertMnistShape(mnist);
        assertThat(mnist.train().name()).isEqualTo("mnist-train");
        assertThat(mnist.train().labels()[0]).as("the first training digit of MNIST is a 5").isEqualTo(5);
        assertThat(mnist.test().labels()[0]).as("the first test digit of MNIST is a 7").isEqualTo(7);
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float v : mnist.train().features()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertThat(min).isEqualTo(0f);
        assertThat(max).isEqualTo(1f);
        Split split = mnist.split(0.2, 1);
        assertThat(split.train()).as("an image set keeps its official parts").isSameAs(mnist.train());
        assertThat(split.test()).isSameAs(mnist.test());
    }

    private static void assertMnistShape(LoadedDataset mnist) {
        assertThat(mnist.hasTestPart()).isTrue();
        assertThat(mnist.train().rows()).isEqualTo(60_000);
        assertThat(mnist.test().rows()).isEqualTo(10_000);
        assertThat(mnist.train().cols()).isEqualTo(784);
        assertThat(mnist.train().imageShape()).isEqualTo(new ImageShape(1, 28, 28));
        assertThat(mnist.train().classNames()).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    }

    @Test
    void mnistLoadsFromADataDirectoryWithGzippedOrRawFiles() throws IOException {
        String[] files = BuiltinDatasets.IDX_FILES.toArray(new String[0]);
        for (int i = 0; i < files.length; i++) {
            try (InputStream in = getClass().getResourceAsStream("/rapaio/provider/datasets/mnist/" + files[i])) {
                if (i % 2 == 0) {
                    Files.copy(in, dir.resolve(files[i]));
                } else {
                    try (OutputStream out = Files.newOutputStream(dir.resolve(files[i].replace(".gz", "")))) {
                        new GZIPInputStream(in).transferTo(out);
                    }
                }
            }
        }

        LoadedDataset fromDirectory = BuiltinDatasets.load("mnist", dir);

        assertMnistShape(fromDirectory);
        assertThat(fromDirectory.test().features()).isEqualTo(BuiltinDatasets.load("mnist").test().features());
    }

    @Test
    void spambase() throws IOException {
        LoadedDataset spam = BuiltinDatasets.load("spambase");

        assertThat(spam.hasTestPart()).isFalse();
        assertThat(spam.test()).isNull();
        assertThat(spam.train().rows()).isEqualTo(4601);
        assertThat(spam.train().cols()).isEqualTo(57);
        assertThat(spam.train().classNames()).containsExactly("0", "1");
        assertThat(spam.train().classCounts()).containsExactly(2788, 1813);
        assertThat(spam.train().featureNames().get(0)).isEqualTo("word_freq_make");
    }

    @Test
    void mushroomIsOneHotEncodedWithMissingStalkRootAsACategory() throws IOException {
        Dataset mushroom = BuiltinDatasets.load("mushroom").train();

        assertThat(mushroom.rows()).isEqualTo(8124);
        assertThat(mushroom.cols()).isEqualTo(117);
        assertThat(mushroom.classNames()).containsExactly("e", "p");
        assertThat(mushroom.classCounts()).containsExactly(4208, 3916);
        assertThat(mushroom.featureNames()).contains("stalk-root=?", "stalk-root=b", "cap-shape=x");
        for (int r = 0; r < mushroom.rows(); r++) {
            float ones = 0;
            for (int c = 0; c < mushroom.cols(); c++) {
                ones += mushroom.get(r, c);
            }
            assertThat(ones).as("one category per attribute in row %d", r).isEqualTo(22f);
        }
    }

    @Test
    void sonarAndIris() throws IOException {
        Dataset sonar = BuiltinDatasets.load("sonar").train();
        Dataset iris = BuiltinDatasets.load("IRIS").train();

        assertThat(sonar.rows()).isEqualTo(208);
        assertThat(sonar.cols()).isEqualTo(60);
        assertThat(sonar.classNames()).containsExactly("Mine", "Rock");
        assertThat(sonar.classCounts()).containsExactly(111, 97);
        assertThat(iris.rows()).isEqualTo(150);
        assertThat(iris.featureNames()).containsExactly("sepal-length", "sepal-width", "petal-length", "petal-width");
        assertThat(iris.classNames()).containsExactly("setosa", "versicolor", "virginica");
        assertThat(iris.classCounts()).containsExactly(50, 50, 50);
    }

    @Test
    void tabularSetsSplitStratified() throws IOException {
        Split iris = BuiltinDatasets.load("iris").split(0.2, 1);

        assertThat(iris.test().classCounts()).containsExactly(10, 10, 10);
        assertThat(iris.train().classCounts()).containsExactly(40, 40, 40);
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> BuiltinDatasets.load("cifar10")).isInstanceOf(DataInputException.class)
                .hasMessage("unknown dataset 'cifar10'; known datasets: mnist, fashion-mnist, spambase, mushroom,"
                        + " sonar, iris (or load your own CSV or ARFF file by path)");
        assertThat(BuiltinDatasets.names()).containsExactly("mnist", "fashion-mnist", "spambase", "mushroom", "sonar",
                "iris");
    }

    @Test
    void tabularSetsTakeNoDataDirectory() {
        assertThatThrownBy(() -> BuiltinDatasets.load("iris", dir)).isInstanceOf(DataInputException.class)
                .hasMessage("iris ships inside greentrain and takes no data directory; a data directory only applies to"
                        + " mnist and fashion-mnist");
    }

    @Test
    void imageSetsMissingFromADirectorySayWhatTheDirectoryNeeds() {
        String needs = " not found in " + dir + ": the directory must hold train-images-idx3-ubyte.gz,"
                + " train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz (gzipped or not)";

        assertThatThrownBy(() -> BuiltinDatasets.load("fashion-mnist", dir)).isInstanceOf(DataInputException.class)
                .hasMessage("fashion-mnist" + needs + "; or install it with 'apt-get install dataset-fashion-mnist'"
                        + " and give no data directory");
        assertThatThrownBy(() -> BuiltinDatasets.load("mnist", dir)).isInstanceOf(DataInputException.class)
                .hasMessage("mnist" + needs + "; or give no data directory to use the copy inside greentrain");
    }

    @Test
    void fashionMnistFromTheDebianPackage() throws IOException {
        Path system = BuiltinDatasets.FASHION_MNIST_SYSTEM_DIR;
        if (!Files.isDirectory(system)) {
            assertThatThrownBy(() -> BuiltinDatasets.load("fashion-mnist")).isInstanceOf(DataInputException.class)
                    .hasMessage("fashion-mnist not found in " + system + ": install it with 'apt-get install"
                            + " dataset-fashion-mnist' or pass --data-dir DIR holding train-images-idx3-ubyte.gz,"
                            + " train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz"
                            + " (gzipped or not)");
        }
        assumeTrue(Files.isDirectory(system), "Fashion-MNIST is not installed in " + system
                + " (apt-get install dataset-fashion-mnist); only its not-found message was checked");

        LoadedDataset fashion = BuiltinDatasets.load("fashion-mnist");

        assertThat(fashion.train().rows()).isEqualTo(60_000);
        assertThat(fashion.test().rows()).isEqualTo(10_000);
        assertThat(fashion.train().imageShape()).isEqualTo(new ImageShape(1, 28, 28));
        assertThat(fashion.train().classNames()).hasSize(10).startsWith("T-shirt/top").endsWith("Ankle boot");
        assertThat(fashion.train().classCounts()).containsOnly(6000);
        assertThat(fashion.test().classCounts()).containsOnly(1000);
    }
}
