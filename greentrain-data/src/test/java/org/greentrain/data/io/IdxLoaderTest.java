package org.greentrain.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.greentrain.data.DataInputException;
import org.greentrain.data.Dataset;
import org.greentrain.data.ImageShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxLoaderTest {

    @TempDir
    Path dir;

    /** Three 2x3 images with pixels 0, 51, 255, ... and labels 2, 0, 1. */
    private static final byte[] PIXELS = {
            0, 51, (byte) 255, 102, (byte) 204, 1,
            10, 20, 30, 40, 50, 60,
            (byte) 128, 0, 0, 0, 0, (byte) 254};
    private static final byte[] LABELS = {2, 0, 1};

    private static byte[] images(int magic, int count, int rows, int cols, byte[] pixels) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        out.writeInt(count);
        out.writeInt(rows);
        out.writeInt(cols);
        out.write(pixels);
        return bytes.toByteArray();
    }

    private static byte[] labels(int magic, int count, byte[] labels) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        out.writeInt(count);
        out.write(labels);
        return bytes.toByteArray();
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(raw);
        }
        return bytes.toByteArray();
    }

    private Path file(String name, byte[] content) throws IOException {
        Path path = dir.resolve(name);
        Files.write(path, content);
        return path;
    }

    private Dataset load(byte[] images, byte[] labels) throws IOException {
        return IdxLoader.load(file("images", images), file("labels", labels), "tiny", null);
    }

    private String errorOf(byte[] images, byte[] labels) {
        return assertThatThrownBy(() -> load(images, labels)).isInstanceOf(DataInputException.class)
                .extracting(Throwable::getMessage).asString().actual();
    }

    @Test
    void rawFilesGivePixelsScaledToUnitIntervalWithImageShape() throws IOException {
        Dataset d = load(images(2051, 3, 2, 3, PIXELS), labels(2049, 3, LABELS));

        assertThat(d.rows()).isEqualTo(3);
        assertThat(d.cols()).isEqualTo(6);
        assertThat(d.imageShape()).isEqualTo(new ImageShape(1, 2, 3));
        assertThat(d.row(0)).containsExactly(0f, 0.2f, 1f, 0.4f, 0.8f, 1 / 255f);
        assertThat(d.get(2, 5)).isEqualTo(254 / 255f);
        assertThat(d.labels()).containsExactly(2, 0, 1);
        assertThat(d.classNames()).containsExactly("0", "1", "2");
        assertThat(d.featureNames()).containsExactly("pixel0", "pixel1", "pixel2", "pixel3", "pixel4", "pixel5");
    }

    @Test
    void gzippedFilesAreDetectedByContentAndGiveTheSameData() throws IOException {
        Dataset raw = load(images(2051, 3, 2, 3, PIXELS), labels(2049, 3, LABELS));
        Dataset zipped = load(gzip(images(2051, 3, 2, 3, PIXELS)), gzip(labels(2049, 3, LABELS)));

        assertThat(zipped).isEqualTo(raw);
    }

    @Test
    void classNamesCanBeGiven() throws IOException {
        Dataset d = IdxLoader.load(file("i", images(2051, 3, 2, 3, PIXELS)), file("l", labels(2049, 3, LABELS)),
                "tiny", List.of("a", "b", "c", "d"));

        assertThat(d.classNames()).containsExactly("a", "b", "c", "d");
        assertThatThrownBy(() -> IdxLoader.load(dir.resolve("i"), dir.resolve("l"), "tiny", List.of("a", "b")))
                .isInstanceOf(DataInputException.class)
                .hasMessage(dir.resolve("l") + " has label 2 at position 0 but the dataset has only 2 classes; is this"
                        + " the right labels file?");
    }

    @Test
    void wrongMagicNumbersAreRefused() throws IOException {
        byte[] images = images(2051, 3, 2, 3, PIXELS);
        byte[] labels = labels(2049, 3, LABELS);

        assertThat(errorOf(images(1234, 3, 2, 3, PIXELS), labels)).isEqualTo(dir.resolve("images")
                + " has magic number 1234, expected 2051: it is not an IDX images file or is damaged");
        assertThat(errorOf(labels, images)).isEqualTo(dir.resolve("images")
                + " has magic number 2049, expected 2051: it is a labels file; give the images file first");
        assertThat(errorOf(images, labels(7, 3, LABELS))).isEqualTo(dir.resolve("labels")
                + " has magic number 7, expected 2049: it is not an IDX labels file or is damaged");
    }

    @Test
    void countsAndLengthsAreChecked() throws IOException {
        byte[] labels = labels(2049, 3, LABELS);

        assertThat(errorOf(images(2051, 3, 2, 3, PIXELS), labels(2049, 2, new byte[] {0, 1})))
                .contains("holds 3 images but").contains("holds 2 labels");
        assertThat(errorOf(images(2051, 4, 2, 3, PIXELS), labels))
                .isEqualTo(dir.resolve("images") + " is cut short: its header declares 4 images of 2 x 3 pixels but"
                        + " the data ends early; download it again");
        assertThat(errorOf(images(2051, 2, 2, 3, PIXELS), labels))
                .startsWith(dir.resolve("images") + " has bytes after the 2 images of 2 x 3 pixels");
        assertThat(errorOf(images(2051, 0, 2, 3, new byte[0]), labels)).contains("all three must be positive");
        assertThat(errorOf(new byte[] {0, 0}, labels)).contains("ends inside its IDX header");
        assertThat(errorOf(images(2051, 100000, 1000, 1000, new byte[0]), labels))
                .contains("more than one array holds");
        assertThat(errorOf(images(2051, 2_000_000_000, 1, 1, PIXELS), labels))
                .contains("is cut short: its header declares 2000000000 images of 1 x 1 pixels");
    }

    @Test
    void damagedGzipIsReported() throws IOException {
        byte[] zipped = gzip(images(2051, 3, 2, 3, PIXELS));
        byte[] cut = Arrays.copyOf(zipped, zipped.length / 2);
        byte[] corrupt = zipped.clone();
        corrupt[3] = (byte) 0xff;

        assertThat(errorOf(cut, labels(2049, 3, LABELS))).contains("is cut short");
        assertThat(errorOf(corrupt, labels(2049, 3, LABELS)))
                .contains("starts like a gzip file but cannot be unzipped");
    }
}
