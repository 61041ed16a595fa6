package org.greentrain.data.catalog;

import java.net.URI;
import java.util.List;

/**
 * Where the built-in image datasets live on the web, with checksums, for users whose machines reach the internet
 * (fetch with {@link DatasetDownloader}, then load with
 * {@code BuiltinDatasets.load(name, downloader.directoryOf(name))}).
 * A checksum is recorded only when it was computed from bytes known to be the published ones: the MNIST files in
 * rapaio-datasets 8.1.0 have the MD5 sums that torchvision publishes for these URLs, and their SHA-256 sums are below.
 * Fashion-MNIST is absent: the only local copy (Debian's) was recompressed, so its checksums differ from the
 * published files' and could not be verified.
 */
public final class CanonicalSources {

    private static final String MNIST_MIRROR = "https://ossci-datasets.s3.amazonaws.com/mnist/";
    private static final String MNIST_HOME = "https://yann.lecun.com/exdb/mnist/";

    /** The four gzipped IDX files of MNIST, mirror first, then Yann LeCun's original page. */
    public static final List<RemoteFile> MNIST = List.of(
            mnist("train-images-idx3-ubyte.gz", "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609"),
            mnist("train-labels-idx1-ubyte.gz", "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c"),
            mnist("t10k-images-idx3-ubyte.gz", "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6"),
            mnist("t10k-labels-idx1-ubyte.gz", "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6"));

    private CanonicalSources() {
    }

    private static RemoteFile mnist(String fileName, String sha256) {
        return new RemoteFile("mnist", fileName,
                List.of(URI.create(MNIST_MIRROR + fileName), URI.create(MNIST_HOME + fileName)), sha256);
    }
}
