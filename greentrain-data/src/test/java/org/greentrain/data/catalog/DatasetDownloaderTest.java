package org.greentrain.data.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetDownloaderTest {

    private static final String MNIST_RESOURCES = "/rapaio/provider/datasets/mnist/";

    @TempDir
    Path dir;

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private Path published(String name, String content) throws IOException {
        Path remote = dir.resolve("remote");
        Files.createDirectories(remote);
        return Files.writeString(remote.resolve(name), content);
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }

    @Test
    void fetchesAFileUrlIntoTheCacheAndThenUsesTheCachedCopy() throws Exception {
        Path source = published("data.bin", "payload");
        RemoteFile file = new RemoteFile("demo", "data.bin", List.of(source.toUri()),
                sha256("payload".getBytes()).toUpperCase());
        DatasetDownloader downloader = new DatasetDownloader(dir.resolve("cache"));

        Path cached = downloader.fetch(file);

        assertThat(cached).isEqualTo(dir.resolve("cache/demo/data.bin").toAbsolutePath());
        assertThat(Files.readString(cached)).isEqualTo("payload");
        Files.delete(source);
        assertThat(downloader.fetch(file)).isEqualTo(cached);
        assertThat(filesIn(downloader.directoryOf("demo"))).containsExactly(cached);
    }

    @Test
    void checksumMismatchFailsAndLeavesNothingInTheCache() throws Exception {
        Path source = published("data.bin", "tampered");
        RemoteFile file = new RemoteFile("demo", "data.bin", List.of(source.toUri()), sha256("payload".getBytes()));
        DatasetDownloader downloader = new DatasetDownloader(dir.resolve("cache"));

        assertThatThrownBy(() -> downloader.fetch(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("could not download demo/data.bin")
                .hasMessageContaining("checksum mismatch: expected sha256 " + file.sha256() + ", got "
                        + sha256("tampered".getBytes()))
                .hasMessageContaining("nothing was cached")
                .hasMessageNotContaining("\n");
        assertThat(filesIn(downloader.directoryOf("demo"))).isEmpty();
    }

    @Test
    void aCorruptCachedCopyIsReplacedAndMirrorsAreTriedInOrder() throws Exception {
        Path good = published("data.bin", "payload");
        URI missing = dir.resolve("remote/absent.bin").toUri();
        RemoteFile file = new RemoteFile("demo", "data.bin", List.of(missing, good.toUri()),
                sha256("payload".getBytes()));
        DatasetDownloader downloader = new DatasetDownloader(dir.resolve("cache"));
        Files.createDirectories(downloader.directoryOf("demo"));
        Files.writeString(downloader.directoryOf("demo").resolve("data.bin"), "half-writ");

        Path cached = downloader.fetch(file);

        assertThat(Files.readString(cached)).isEqualTo("payload");
        assertThat(filesIn(downloader.directoryOf("demo"))).containsExactly(cached);
    }

    @Test
    void remoteFilesRefuseUnsafeNamesAndBadChecksums() {
        List<URI> urls = List.of(URI.create("file:/x"));
        String sha = "0".repeat(64);

        assertThatThrownBy(() -> new RemoteFile("../etc", "x", urls, sha)).hasMessageContaining("plain directory name");
        assertThatThrownBy(() -> new RemoteFile("d", "a/b", urls, sha)).hasMessageContaining("plain file name");
        assertThatThrownBy(() -> new RemoteFile("d", "x", urls, "abc")).hasMessageContaining("64 hex digits");
        assertThatThrownBy(() -> new RemoteFile("d", "x", List.of(), sha)).hasMessageContaining("at least one URL");
    }

    @Test
    void recordedMnistChecksumsMatchTheBytesShippedInRapaioDatasets() throws Exception {
        assertThat(CanonicalSources.MNIST).extracting(RemoteFile::fileName)
                .containsExactlyElementsOf(BuiltinDatasets.IDX_FILES);
        for (RemoteFile file : CanonicalSources.MNIST) {
            try (InputStream in = getClass().getResourceAsStream(MNIST_RESOURCES + file.fileName())) {
                assertThat(sha256(in.readAllBytes())).as(file.fileName()).isEqualTo(file.sha256());
            }
        }
    }

    @Test
    void mnistFetchedFromALocalMirrorLoadsAsTheBuiltinSet() throws Exception {
        Path mirror = dir.resolve("mirror");
        Files.createDirectories(mirror);
        List<RemoteFile> fromMirror = CanonicalSources.MNIST.stream().map(file -> new RemoteFile(file.dataset(),
                file.fileName(), List.of(mirror.resolve(file.fileName()).toUri()), file.sha256())).toList();
        for (RemoteFile file : fromMirror) {
            try (InputStream in = getClass().getResourceAsStream(MNIST_RESOURCES + file.fileName())) {
                Files.copy(in, mirror.resolve(file.fileName()));
            }
        }
        DatasetDownloader downloader = new DatasetDownloader(dir.resolve("cache"));

        for (RemoteFile file : fromMirror) {
            downloader.fetch(file);
        }
        LoadedDataset mnist = BuiltinDatasets.load("mnist", downloader.directoryOf("mnist"));

        assertThat(mnist.train().rows()).isEqualTo(60_000);
        assertThat(mnist.test().rows()).isEqualTo(10_000);
    }
}
