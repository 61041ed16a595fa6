package org.greentrain.cli.common;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.greentrain.data.io.FileErrors;

/**
 * Where a command will write a path the user named, checked before any work, so that a bad path costs nothing and
 * every command refuses it alike, in one line that says why: a directory where a file is wanted, a directory that
 * does not exist (it is not created), a file where a directory is wanted, or a directory that refuses a new file
 * (tried by creating and deleting one, since permissions alone do not tell, for root or on /proc and /sys).
 */
public final class OutputTarget {

    private OutputTarget() {
    }

    /**
     * A file to be written whole: a temporary file beside it, then moved over it (an existing device or named pipe is
     * written in place).
     *
     * @param option  the option that named it, for the message
     * @param example a file name to suggest when {@code out} is a directory
     * @return the absolute path
     * @throws UsageException when the file could not be written there
     */
    public static Path file(String option, Path out, String example) {
        Path file = out.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new UsageException(option + " " + out + " is a directory: give a file name, such as "
                    + out.resolve(example));
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new UsageException(option + " " + out + " cannot be written: permission denied");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return file;
        }
        probe(option, out, parentDirectory(option, out, file));
        return file;
    }

    /**
     * A file that rows are appended to: an existing regular file must open for appending (nothing is written to it
     * here); a new one is checked as {@link #file}.
     */
    public static Path appended(String option, Path out, String example) {
        Path file = out.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            return file(option, out, example);
        }
        try {
            FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND).close();
            return file;
        } catch (IOException e) {
            throw new UsageException(option + " " + out + " cannot be written (" + FileErrors.reason(e) + ")", e);
        }
    }

    /** A directory that files are written into: it may be missing (the caller creates it), but not its parent. */
    public static Path directory(String option, Path out) {
        Path directory = out.toAbsolutePath().normalize();
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new UsageException(option + " " + out + " is a file: give a directory");
        }
        probe(option, out, Files.isDirectory(directory) ? directory : parentDirectory(option, out, directory));
        return directory;
    }

    private static Path parentDirectory(String option, Path out, Path absolute) {
        Path parent = absolute.getParent();
        if (parent == null || !Files.exists(parent)) {
            throw new UsageException(option + " " + out + ": directory " + parent + " does not exist; create it first");
        }
        if (!Files.isDirectory(parent)) {
            throw new UsageException(option + " " + out + ": " + parent + " is not a directory");
        }
        return parent;
    }

    private static void probe(String option, Path out, Path directory) {
        try {
            Files.delete(Files.createTempFile(directory, ".greentrain", ".probe"));
        } catch (IOException e) {
            throw new UsageException(option + " " + out + ": cannot write in " + directory + " ("
                    + FileErrors.reason(e) + ")", e);
        }
    }
}
