package org.greentrain.reduce.cluster;

/**
 * When Lloyd's iterations stop. A closed set: the scikit-learn style rule of the default CLC mode, and SciPy's rule
 * for the {@code mode=scipy} reproduction.
 */
public sealed interface StopRule {

    /**
     * scikit-learn's rule: stop once the total squared centre movement of an iteration is at most
     * {@code tolerance × mean feature variance}, or when no point changed cluster.
     *
     * @param tolerance relative tolerance (scikit-learn's {@code tol}, default 1e-4)
     */
    record CentreShift(double tolerance) implements StopRule {
        public CentreShift {
            if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
                throw new IllegalArgumentException("tolerance must be a finite number >= 0, got " + tolerance);
            }
        }
    }

    /**
     * SciPy's {@code kmeans} rule (spec §9.2): keep iterating while the previous mean distortion (mean Euclidean
     * distance of points to their centroid) minus the current one is greater than {@code threshold}; a signed
     * difference, so a distortion that rises also stops.
     *
     * @param threshold SciPy's {@code thresh}, 1e-5
     */
    record DistortionDrop(double threshold) implements StopRule {
        public DistortionDrop {
            if (!(threshold >= 0) || Double.isInfinite(threshold)) {
                throw new IllegalArgumentException("threshold must be a finite number >= 0, got " + threshold);
            }
        }
    }
}
