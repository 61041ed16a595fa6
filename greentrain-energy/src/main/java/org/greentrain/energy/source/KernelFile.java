package org.greentrain.energy.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A small kernel-generated file (a sysfs counter, {@code /proc/stat}) kept open and re-read from offset 0 into a
 * reused buffer. Reopening and decoding the file on every sample costs several times more than the read itself, and
 * the sampler reads these files ten times a second.
 */
public final class KernelFile implements AutoCloseable {

    private final FileChannel channel;
    private final ByteBuffer buffer;

    private KernelFile(FileChannel channel, int capacity) {
        this.channel = channel;
        this.buffer = ByteBuffer.allocate(capacity);
    }

    /**
     * Opens {@code path} for repeated reads of at most {@code capacity} bytes.
     *
     * @throws IOException when the file cannot be opened (missing or not readable)
     */
    public static KernelFile open(Path path, int capacity) throws IOException {
        return new KernelFile(FileChannel.open(path, StandardOpenOption.READ), capacity);
    }

    /** Reads the file from offset 0; the returned buffer holds the bytes read and is reused by the next call. */
    public synchronized ByteBuffer read() throws IOException {
        buffer.clear();
        long position = 0;
        int n;
        while (buffer.hasRemaining() && (n = channel.read(buffer, position)) > 0) {
            position += n;
        }
        buffer.flip();
        return buffer;
    }

    /** Reads the file and parses the decimal number it starts with. */
    public long readLong() throws IOException {
        ByteBuffer b = read();
        long value = 0;
        int digits = 0;
        while (b.hasRemaining()) {
            byte c = b.get();
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                digits++;
            } else if (digits > 0 || (c != ' ' && c != '\t')) {
                break;
            }
        }
        if (digits == 0) {
            throw new IOException("no number in kernel file");
        }
        return value;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // closing a read-only kernel file cannot lose data
        }
    }
}
