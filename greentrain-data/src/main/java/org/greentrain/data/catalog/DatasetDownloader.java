package org.greentrain.data.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.greentrain.data.io.AtomicFiles;

/**
 * Downloads {@link RemoteFile}s into a local cache, checking each against its SHA-256 before it becomes visible: the
 * bytes go to a temporary file in the cache directory and are moved into place only when the checksum matches, so the
 * cache never holds a partial or wrong file. A cached file whose checksum still matches is used without downloading.
 * HTTP(S) goes through {@link HttpClient}; other URL schemes (such as {@code file:}) through {@code URL.openStream()}.
 */
public final class DatasetDownloader {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RESPONSE_TIMEOUT = Duration.ofMinutes(2);

    private final Path cacheDir;
    private HttpClient http;

    /** A downloader caching into {@code cacheDir}, created when needed. */
    public DatasetDownloader(Path cacheDir) {
        this.cacheDir = cacheDir.toAbsolutePath();
    }

    /** A downloader caching into {@link #defaultCacheDir()}. */
    public static DatasetDownloader withDefaultCache() {
        return new DatasetDownloader(defaultCacheDir());
    }

    /** {@code ~/.cache/greentrain/datasets}. */
    public static Path defaultCacheDir() {
        return Path.of(System.getProperty("user.home"), ".cache", "greentrain", "datasets");
    }

    /** The cache directory. */
    public Path cacheDir() {
        return cacheDir;
    }

    /** The cache sub-directory of one dataset, where its files are stored. */
    public Path directoryOf(String dataset) {
        return cacheDir.resolve(dataset);
    }

    /**
     * The verified local copy of {@code file}, downloading it unless a copy with the right checksum is cached. A
     * cached copy with a wrong checksum is replaced.
     *
     * @throws IOException when no URL gives the expected bytes; the message lists what each URL gave, on one line
     */
    public Path fetch(RemoteFile file) throws IOException {
        Path dir = directoryOf(file.dataset());
        Path target = dir.resolve(file.fileName());
        if (Files.isRegularFile(target)) {
            try (InputStream in = Files.newInputStream(target)) {
                if (sha256(in, OutputStream.nullOutputStream()).equals(file.sha256())) {
                    return target;
                }
            }
        }
        Files.createDirectories(dir);
        List<String> failures = new ArrayList<>();
        for (URI url : file.urls()) {
            try {
                AtomicFiles.write(target, out -> {
                    try (InputStream in = open(url)) {
                        String actual = sha256(in, out);
                        if (!actual.equals(file.sha256())) {
                            throw new ChecksumMismatch("checksum mismatch: expected sha256 " + file.sha256() + ", got "
                                    + actual);
                        }
                    }
                });
                return target;
            } catch (IOException e) {
                failures.add(url + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        Files.deleteIfExists(target);
        throw new IOException("could not download " + file.dataset() + "/" + file.fileName() + " (" + String.join("; ",
                failures) + "); nothing was cached: check the network, or put the file with that checksum in " + dir);
    }

    /** Thrown inside the atomic write so that the temporary file is discarded. */
    private static final class ChecksumMismatch extends IOException {
        private static final long serialVersionUID = 1L;

        ChecksumMismatch(String message) {
            super(message);
        }
    }

    private InputStream open(URI url) throws IOException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return url.toURL().openStream();
        }
        HttpRequest request = HttpRequest.newBuilder(url).timeout(RESPONSE_TIMEOUT).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = httpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException("HTTP status " + response.statusCode());
        }
        return response.body();
    }

    private synchronized HttpClient httpClient() {
        if (http == null) {
            http = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(CONNECT_TIMEOUT)
                    .build();
        }
        return http;
    }

    /** Copies {@code in} to {@code out} and returns the SHA-256 of the bytes, in lower-case hex. */
    private static String sha256(InputStream in, OutputStream out) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
            out.write(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
