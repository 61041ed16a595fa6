package org.greentrain.data.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import org.greentrain.data.DataInputException;

/**
 * Writes a file so that readers see either the old file or the complete new one, never a half-written file: the
 * content goes to a temporary file in the same directory, is flushed to disk, then moved over the target in one step.
 * If writing fails, the temporary file is deleted and the target is untouched. The new file keeps the permissions of
 * the one it replaces, else gets those the user's umask gives. A target that exists and is not a regular file, such
 * as {@code /dev/null} or a named pipe, is written in place: moving a file over it would replace the device node
 * itself (with root's rights, {@code /dev/null} became a regular file). A symbolic link is followed, so the file it
 * points to is replaced and the link stays. A directory, or a directory that refuses the new file, is refused with a
 * {@link DataInputException} that says why.
 */
public final class AtomicFiles {

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} atomically.
     *
     * @throws DataInputException when the target is a directory, or its directory does not exist or refuses a new file
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new DataInputException("cannot write " + target + ": it is a directory; give a file name");
        }
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
            throw new DataInputException("cannot write " + target + ": " + (Files.exists(directory) ? directory
                    + " is not a directory" : "directory " + directory + " does not exist; create it first"));
        }
        Path temp = createTemporary(target, absolute);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                move(temp, absolute);
            } catch (FileSystemException e) {
                throw notWritable(target, e);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * An empty file beside {@code absolute}, with the permissions of the file it will replace, or for a new file those
     * the user's umask gives (not a temporary file's owner-only ones).
     */
    private static Path createTemporary(Path target, Path absolute) throws IOException {
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + Long.toUnsignedString(
                RANDOM.nextLong(), Character.MAX_RADIX) + ".part");
        try {
            Files.createFile(temp);
        } catch (FileSystemException e) {
            throw notWritable(target, e);
        }
        if (Files.exists(absolute)) {
            try {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(absolute));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the platform's default permissions apply
            }
        }
        return temp;
    }

    private static void move(Path temp, Path absolute) throws IOException {
        try {
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static DataInputException notWritable(Path target, FileSystemException e) {
        return new DataInputException("cannot write " + target + ": directory " + target.toAbsolutePath().getParent()
                + " is not writable (" + FileErrors.reason(e) + ")", e);
    }
}
