package org.greentrain.reduce.cluster;

import java.util.Objects;

/**
 * How one k-means run starts, treats empty clusters and stops.
 *
 * @param clusters      the number of clusters asked for, at least 1
 * @param init          how the first centres are chosen
 * @param emptyClusters what happens to a cluster that loses all its points
 * @param stop          when the iterations stop
 * @param maxIterations upper bound on Lloyd iterations
 */
public record KMeansOptions(int clusters, Init init, EmptyClusters emptyClusters, StopRule stop, int maxIterations) {

    /** How the first centres are chosen. */
    public enum Init {
        /** k-means++ (Arthur and Vassilvitskii): each next centre drawn with probability ∝ squared distance. */
        PLUS_PLUS,
        /** k distinct rows drawn uniformly, as SciPy's {@code kmeans}. */
        RANDOM_ROWS
    }

    /** What happens to a cluster that becomes empty. */
    public enum EmptyClusters {
        /** Move its centre onto the point farthest from its own centre (scikit-learn's rule). */
        RELOCATE,
        /** Drop it, so fewer centroids come back (SciPy's rule). */
        DROP
    }

    public KMeansOptions {
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(emptyClusters, "emptyClusters");
        Objects.requireNonNull(stop, "stop");
        if (clusters < 1) {
            throw new IllegalArgumentException("k-means needs at least 1 cluster, got " + clusters);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("k-means needs at least 1 iteration, got " + maxIterations);
        }
    }
}
