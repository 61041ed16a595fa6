package org.greentrain.reduce.cluster;

/**
 * The outcome of one k-means run.
 *
 * @param centroids     row-major centroids, {@code centroids[c * dims + j]}
 * @param clusters      number of centroids (may be below the number asked for: dropped clusters, or fewer distinct
 *                      points than clusters)
 * @param dims          coordinates per centroid
 * @param assignment    index of the nearest centroid of each point
 * @param distance      Euclidean distance of each point to its nearest centroid
 * @param inertia       sum of squared distances of points to their nearest centroid
 * @param iterations    Lloyd iterations run
 * @param converged     whether the stop rule was met before the iteration bound
 */
public record KMeansResult(double[] centroids, int clusters, int dims, int[] assignment, double[] distance,
                           double inertia, int iterations, boolean converged) {

    /** Mean Euclidean distance of points to their centroid (SciPy's distortion). */
    public double meanDistance() {
        double s = 0;
        for (double d : distance) {
            s += d;
        }
        return distance.length == 0 ? 0 : s / distance.length;
    }

    /** A copy of centroid {@code c}. */
    public double[] centroid(int c) {
        double[] out = new double[dims];
        System.arraycopy(centroids, c * dims, out, 0, dims);
        return out;
    }
}
