package org.greentrain.bench.train;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.greentrain.data.Dataset;

/**
 * Writes the data of both {@link Workload}s for the PyTorch side of {@code bench/train.sh}, so that both sides train
 * on exactly the same values: {@code NAME-x.f32} (features, float32 little-endian, row-major), {@code NAME-y.i64}
 * (labels, int64 little-endian) and {@code NAME.shape} (the per-row shape, e.g. {@code 60000 1 28 28}).
 *
 * <p>Usage: {@code ExportTrainData DIR}.
 */
public final class ExportTrainData {

    private ExportTrainData() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        for (Workload w : Workload.values()) {
            write(w.data(), dir, w.name().toLowerCase(Locale.ROOT));
        }
    }

    private static void write(Dataset data, Path dir, String name) throws IOException {
        ByteBuffer x = ByteBuffer.allocate(data.features().length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        x.asFloatBuffer().put(data.features());
        Files.write(dir.resolve(name + "-x.f32"), x.array());
        ByteBuffer y = ByteBuffer.allocate(data.rows() * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (int label : data.labels()) {
            y.putLong(label);
        }
        Files.write(dir.resolve(name + "-y.i64"), y.array());
        String shape = data.imageShape() == null ? data.rows() + " " + data.cols()
                : data.rows() + " " + data.imageShape().channels() + " " + data.imageShape().height() + " "
                        + data.imageShape().width();
        Files.writeString(dir.resolve(name + ".shape"), shape + System.lineSeparator());
    }
}
