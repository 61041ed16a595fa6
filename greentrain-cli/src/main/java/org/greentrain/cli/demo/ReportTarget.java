package org.greentrain.cli.demo;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greentrain.cli.common.UsageException;

/**
 * Where the demo's report goes, checked before the demo trains anything: the directory must exist and take a new
 * file (tried by creating and deleting one), and the path must not be a directory. The report itself is written to a
 * temporary file beside it and moved into place, so a failure never leaves half a page.
 */
final class ReportTarget {

    private ReportTarget() {
    }

    /**
     * The absolute path of {@code out}, once checked.
     *
     * @throws UsageException when the report could not be written there, saying why
     */
    static Path check(Path out) {
        Path file = out.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new UsageException("--out " + out + " is a directory: give a file name such as report.html");
        }
        Path dir = file.getParent();
        if (dir == null || !Files.exists(dir)) {
            throw new UsageException("--out " + out + ": the directory " + dir + " does not exist; create it first "
                    + "or give another path");
        }
        if (!Files.isDirectory(dir)) {
            throw new UsageException("--out " + out + ": " + dir + " is not a directory; give a path such as "
                    + "report.html");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new UsageException("--out " + out + " exists and is not a regular file: give another path");
        }
        try {
            Files.delete(Files.createTempFile(dir, ".greentrain-demo", ".probe"));
        } catch (IOException e) {
            throw new UsageException("--out " + out + ": cannot write in " + dir + " (" + reason(e) + "); give a "
                    + "directory you can write to", e);
        }
        return file;
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
