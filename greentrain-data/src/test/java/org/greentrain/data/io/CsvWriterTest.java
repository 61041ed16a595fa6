package org.greentrain.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.greentrain.data.DataInputException;
import org.greentrain.data.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {

    @TempDir
    Path dir;

    private static Dataset randomDataset(int rows, int cols, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] features = new float[rows * cols];
        for (int i = 0; i < features.length; i++) {
            features[i] = (float) ((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-12, 12)));
        }
        int[] labels = new int[rows];
        for (int r = 0; r < rows; r++) {
            labels[r] = random.nextInt(3);
        }
        List<String> featureNames = Stream.iterate(0, i -> i + 1).limit(cols).map(i -> "f" + i).toList();
        return Dataset.of("random", features, rows, cols, labels, List.of("a, \"quoted\" class", "b", "c"),
                featureNames);
    }

    @Test
    void roundTripsThroughTheLoaderWithIndexColumn() throws IOException {
        Dataset original = randomDataset(200, 5, 1).subset(new int[] {5, 3, 3, 150, 0});
        Path file = dir.resolve("reduced.csv");

        CsvWriter.write(original, file, "class", true);
        Dataset back = CsvLoader.load(file, LoadOptions.defaults().withLabel(LabelColumn.byName("class"))
                .withIdColumn(CsvWriter.INDEX_COLUMN).withClassNames(original.classNames()));

        assertThat(back.withName(original.name())).isEqualTo(original);
        assertThat(back.rowIds()).containsExactly(5L, 3L, 3L, 150L, 0L);
        assertThat(Files.readAllLines(file).get(0)).isEqualTo("index,f0,f1,f2,f3,f4,class");
    }

    @Test
    void syntheticRowsGetAnEmptyIndexCellAndReadBackAsSynthetic() throws IOException {
        Dataset original = new Dataset("reduced", new float[] {1f, 2f, 3.5f, 4f}, 2, 2, new int[] {0, 1},
                List.of("a", "b"), List.of("x", "y"), new long[] {12, -1}, null);
        Path file = dir.resolve("centroids.csv");

        CsvWriter.write(original, file, "class", true);
        Dataset back = CsvLoader.load(file, LoadOptions.defaults().withLabel(LabelColumn.byName("class"))
                .withIdColumn(CsvWriter.INDEX_COLUMN).withClassNames(original.classNames()));

        assertThat(Files.readAllLines(file)).containsExactly("index,x,y,class", "12,1.0,2.0,a", ",3.5,4.0,b");
        assertThat(back.withName(original.name())).isEqualTo(original);
    }

    @Test
    void roundTripsWithoutIndexColumnUsingTheLoaderDefaults() throws IOException {
        Dataset original = Dataset.of("t", new float[] {0f, 1e-7f, -3.25f, 123456.7f}, 2, 2, new int[] {1, 0},
                List.of("1", "2"), List.of("x", "y"));
        Path file = dir.resolve("t.csv");

        CsvWriter.write(original, file, "label", false);

        assertThat(CsvLoader.load(file, LoadOptions.defaults())).isEqualTo(original);
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("out.csv");
        Files.writeString(file, "old");

        CsvWriter.write(randomDataset(3, 2, 2), file, "class", false);

        assertThat(Files.readString(file)).startsWith("f0,f1,class\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void refusesClashingColumnNamesAndMissingDirectories() {
        Dataset d = randomDataset(2, 2, 3);

        assertThatThrownBy(() -> CsvWriter.write(d, dir.resolve("x.csv"), "f1", false))
                .isInstanceOf(DataInputException.class).hasMessageContaining("label column 'f1'");
        assertThatThrownBy(() -> CsvWriter.write(d, dir.resolve("no/such/x.csv"), "class", false))
                .isInstanceOf(DataInputException.class).hasMessageContaining("does not exist; create it first");
    }
}
