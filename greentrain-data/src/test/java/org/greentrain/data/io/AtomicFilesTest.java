package org.greentrain.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.greentrain.data.DataInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private static AtomicFiles.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aNewFileIsReadableByAllAndNoTemporaryFileStays() throws IOException {
        Path file = dir.resolve("out.csv");
        AtomicFiles.write(file, text("a,b\n"));
        assertOnlyFileHolds(file, "a,b");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        Path file = dir.resolve("out.csv");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(file, text("new"));
        assertThat(file).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw----");
    }

    @Test
    void aFailedWriteLeavesTheOldFileWhole() throws IOException {
        Path file = dir.resolve("out.csv");
        Files.writeString(file, "old");
        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertOnlyFileHolds(file, "old");
    }

    @Test
    void aDirectoryOrAParentThatIsAFileIsRefusedWithTheReason() throws IOException {
        Path file = Files.writeString(dir.resolve("red.json"), "{}");

        assertThatThrownBy(() -> AtomicFiles.write(dir, text("x"))).isInstanceOf(DataInputException.class)
                .hasMessage("cannot write " + dir + ": it is a directory; give a file name");
        assertThatThrownBy(() -> AtomicFiles.write(file.resolve("r.html"), text("x")))
                .isInstanceOf(DataInputException.class)
                .hasMessage("cannot write " + file.resolve("r.html") + ": " + file + " is not a directory");
        assertOnlyFileHolds(file, "{}");
    }

    @Test
    void aDirectoryThatRefusesNewFilesIsNamedWithTheReason() {
        Path locked = Path.of("/sys");
        assumeTrue(Files.isDirectory(locked), "no /sys here");

        assertThatThrownBy(() -> AtomicFiles.write(locked.resolve("x.csv"), text("x")))
                .isInstanceOf(DataInputException.class)
                .hasMessageStartingWith("cannot write /sys/x.csv: directory /sys is not writable (");
    }

    /** {@code file} has {@code content} and is alone in the directory: no temporary file was left behind. */
    private void assertOnlyFileHolds(Path file, String content) throws IOException {
        assertThat(file).hasContent(content);
        try (var entries = Files.list(dir)) {
            assertThat(entries).containsExactly(file);
        }
    }

    @Test
    void aSymbolicLinkStaysALinkToTheNewContent() throws IOException {
        Path real = dir.resolve("real.csv");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
        AtomicFiles.write(link, text("new"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("new");
    }

    @Test
    void aNamedPipeIsWrittenInPlaceNotReplaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        AtomicFiles.write(fifo, text("through the pipe"));
        assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo("through the pipe");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.readAttributes(fifo, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isOther()).isTrue();
    }
}
