package org.greentrain.data.io;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.greentrain.data.DataInputException;
import org.greentrain.data.Dataset;
import org.greentrain.data.ImageShape;

/**
 * Loads an image classification set in the IDX format of MNIST: an images file (magic 2051: unsigned bytes, dimensions
 * count x rows x cols, big-endian) and a labels file (magic 2049: count, then one unsigned byte per image). Either file
 * may be gzipped; gzip is recognised by its first two bytes (1f 8b), not by the file name. Pixels are scaled from
 * 0..255 to floats in [0, 1] by dividing by 255; rows are the flattened images with {@link ImageShape} 1 x rows x cols
 * and features named {@code pixel0, pixel1, ...}. Magic numbers, dimensions, counts and file lengths are checked.
 */
public final class IdxLoader {

    /** Magic number of an IDX file of unsigned bytes with three dimensions. */
    public static final int IMAGES_MAGIC = 0x00000803;
    /** Magic number of an IDX file of unsigned bytes with one dimension. */
    public static final int LABELS_MAGIC = 0x00000801;

    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;
    private static final float[] SCALED_BYTE = new float[256];

    static {
        for (int b = 0; b < 256; b++) {
            SCALED_BYTE[b] = b / 255f;
        }
    }

    private IdxLoader() {
    }

    /**
     * Loads an images file and its labels file.
     *
     * @param name       the dataset name
     * @param classNames the class names by label value, or null for {@code "0" .. "max label"}
     */
    public static Dataset load(Path images, Path labels, String name, List<String> classNames) throws IOException {
        SourceFiles.requireReadable(images);
        SourceFiles.requireReadable(labels);
        try (InputStream imageStream = Files.newInputStream(images);
             InputStream labelStream = Files.newInputStream(labels)) {
            return load(imageStream, images.toString(), labelStream, labels.toString(), name, classNames);
        }
    }

    /**
     * Loads images and labels from streams, which the caller closes.
     *
     * @param imagesSource the images file name, for error messages
     * @param labelsSource the labels file name, for error messages
     * @param classNames   the class names by label value, or null for {@code "0" .. "max label"}
     */
    public static Dataset load(InputStream images, String imagesSource, InputStream labels, String labelsSource,
                               String name, List<String> classNames) throws IOException {
        Images pixels = readImages(images, imagesSource);
        byte[] labelBytes = readLabels(labels, labelsSource);
        if (labelBytes.length != pixels.count()) {
            throw new DataInputException(imagesSource + " holds " + pixels.count() + " images but " + labelsSource
                    + " holds " + labelBytes.length + " labels; pair each images file with its own labels file");
        }
        int[] labelValues = new int[labelBytes.length];
        int maxLabel = 0;
        for (int i = 0; i < labelBytes.length; i++) {
            labelValues[i] = labelBytes[i] & 0xFF;
            maxLabel = Math.max(maxLabel, labelValues[i]);
        }
        List<String> classes = classNames != null ? classNames : numberedClasses(maxLabel + 1);
        if (maxLabel >= classes.size()) {
            int index = 0;
            while (labelValues[index] < classes.size()) {
                index++;
            }
            throw new DataInputException(labelsSource + " has label " + labelValues[index] + " at position " + index
                    + " but the dataset has only " + classes.size() + " classes; is this the right labels file?");
        }
        float[] features = new float[pixels.bytes().length];
        byte[] bytes = pixels.bytes();
        for (int i = 0; i < bytes.length; i++) {
            features[i] = SCALED_BYTE[bytes[i] & 0xFF];
        }
        ImageShape shape = new ImageShape(1, pixels.height(), pixels.width());
        return new Dataset(name, features, pixels.count(), shape.size(), labelValues, classes,
                pixelNames(shape.size()), null, shape);
    }

    /** The unsigned pixel bytes of {@code count} images of {@code height x width}. */
    private record Images(int count, int height, int width, byte[] bytes) {
    }

    private static Images readImages(InputStream raw, String source) throws IOException {
        DataInputStream in = open(raw, source);
        int magic = readHeaderInt(in, source);
        if (magic != IMAGES_MAGIC) {
            String hint = magic == LABELS_MAGIC ? "it is a labels file; give the images file first"
                    : "it is not an IDX images file or is damaged";
            throw new DataInputException(source + " has magic number " + magic + ", expected " + IMAGES_MAGIC + ": "
                    + hint);
        }
        int count = readHeaderInt(in, source);
        int height = readHeaderInt(in, source);
        int width = readHeaderInt(in, source);
        if (count <= 0 || height <= 0 || width <= 0) {
            throw new DataInputException(source + " declares " + count + " images of " + height + " x " + width
                    + " pixels; all three must be positive: the file is damaged");
        }
        long total = (long) count * height * width;
        if (total > MAX_ARRAY) {
            throw new DataInputException(source + " declares " + count + " images of " + height + " x " + width
                    + " pixels, more than one array holds; split the file");
        }
        byte[] bytes = readBody(in, (int) total, source, count + " images of " + height + " x " + width + " pixels");
        return new Images(count, height, width, bytes);
    }

    private static byte[] readLabels(InputStream raw, String source) throws IOException {
        DataInputStream in = open(raw, source);
        int magic = readHeaderInt(in, source);
        if (magic != LABELS_MAGIC) {
            String hint = magic == IMAGES_MAGIC ? "it is an images file; give the labels file second"
                    : "it is not an IDX labels file or is damaged";
            throw new DataInputException(source + " has magic number " + magic + ", expected " + LABELS_MAGIC + ": "
                    + hint);
        }
        int count = readHeaderInt(in, source);
        if (count <= 0) {
            throw new DataInputException(source + " declares " + count + " labels; the file is damaged");
        }
        return readBody(in, count, source, count + " labels");
    }

    /** A big-endian stream of the IDX content, unzipping when the first bytes are the gzip magic 1f 8b. */
    private static DataInputStream open(InputStream raw, String source) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        if (first == 0x1f && second == 0x8b) {
            try {
                return new DataInputStream(new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16));
            } catch (ZipException | EOFException e) {
                throw damagedGzip(source, e);
            }
        }
        return new DataInputStream(buffered);
    }

    private static int readHeaderInt(DataInputStream in, String source) throws IOException {
        try {
            return in.readInt();
        } catch (EOFException e) {
            throw new DataInputException(source + " ends inside its IDX header: the file is empty or cut short", e);
        } catch (ZipException e) {
            throw damagedGzip(source, e);
        }
    }

    /**
     * The {@code length} bytes the header promises. Memory grows with the bytes that arrive, not with the header's
     * claim, so a damaged header that declares billions of images fails as a file cut short, not out of memory.
     */
    private static byte[] readBody(DataInputStream in, int length, String source, String promised)
            throws IOException {
        try {
            byte[] body = in.readNBytes(length);
            if (body.length < length) {
                throw cutShort(source, promised, null);
            }
            if (in.read() != -1) {
                throw new DataInputException(source + " has bytes after the " + promised
                        + " its header declares: the header is wrong or the file is damaged");
            }
            return body;
        } catch (EOFException e) {
            throw cutShort(source, promised, e); // a gzip stream that ends early
        } catch (ZipException e) {
            throw damagedGzip(source, e);
        }
    }

    private static DataInputException cutShort(String source, String promised, IOException cause) {
        return new DataInputException(source + " is cut short: its header declares " + promised
                + " but the data ends early; download it again", cause);
    }

    private static DataInputException damagedGzip(String source, IOException e) {
        return new DataInputException(source + " starts like a gzip file but cannot be unzipped (" + e.getMessage()
                + "); download it again", e);
    }

    private static List<String> numberedClasses(int count) {
        List<String> names = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            names.add(Integer.toString(c));
        }
        return names;
    }

    private static List<String> pixelNames(int size) {
        String[] names = new String[size];
        Arrays.setAll(names, i -> "pixel" + i);
        return Arrays.asList(names);
    }
}
