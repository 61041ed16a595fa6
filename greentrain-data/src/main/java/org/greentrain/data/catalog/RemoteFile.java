package org.greentrain.data.catalog;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A data file published on the web: where to get it (its URLs in order of preference; the first that works is
 * used), and the SHA-256 of its exact bytes, so a download can be checked before it is used.
 *
 * @param dataset  the dataset it belongs to; also the sub-directory of the download cache, for example "mnist"
 * @param fileName the file name in that directory
 * @param urls     where to download it from, tried in order
 * @param sha256   the SHA-256 of the file, 64 lower-case hex digits
 */
public record RemoteFile(String dataset, String fileName, List<URI> urls, String sha256) {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public RemoteFile {
        if (dataset == null || !SAFE_NAME.matcher(dataset).matches()) {
            throw new IllegalArgumentException("dataset must be a plain directory name, got '" + dataset + "'");
        }
        if (fileName == null || !SAFE_NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("file name must be a plain file name, got '" + fileName + "'");
        }
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("a remote file needs at least one URL");
        }
        sha256 = sha256 == null ? "" : sha256.toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 hex digits, got '" + sha256 + "'");
        }
    }
}
