package org.greentrain.data.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.greentrain.data.DataInputException;

/**
 * Writes a file so that readers see either the old file or the complete new one, never a half-written file: the
 * content goes to a temporary file in the same directory, is flushed to disk, then moved over the target in one step.
 * If writing fails, the temporary file is deleted and the target is untouched. The new file keeps the permissions of
 * the one it replaces, else gets {@code rw-r--r--} (a temporary file is private to its owner). A target that exists
 * and is not a regular file, such as {@code /dev/null} or a named pipe, is written in place: moving a file over it
 * would replace the device node itself (with root's rights, {@code /dev/null} became a regular file). A symbolic link
 * is followed, so the file it points to is replaced and the link stays.
 */
public final class AtomicFiles {

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} atomically.
     *
     * @throws DataInputException when the target's directory does not exist
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            absolute = absolute.toRealPath();
            if (!Files.isRegularFile(absolute)) {
                try (OutputStream out = Files.newOutputStream(absolute)) {
                    content.writeTo(out);
                }
                return;
            }
        }
        Path directory = absolute.getParent();
        if (!Files.isDirectory(directory)) {
            throw new DataInputException("cannot write " + target + ": directory " + directory
                    + " does not exist; create it first");
        }
        Path temp = Files.createTempFile(directory, "." + absolute.getFileName(), ".part");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            setPermissions(temp, absolute);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Gives {@code temp} the permissions of the file it will replace, or {@code rw-r--r--} for a new one. */
    private static void setPermissions(Path temp, Path target) throws IOException {
        try {
            Files.setPosixFilePermissions(temp, Files.exists(target) ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the platform's default permissions apply
        }
    }
}
