package org.greentrain.reduce.protodash;

/**
 * The similarity ProtoDash matches: a closed set of two kernels.
 */
public sealed interface Kernel {

    /** {@code k(a, b) = ⟨a, b⟩}: what the paper's package ran (AIX360's default), reproducing its anchors. */
    record Linear() implements Kernel {
    }

    /**
     * {@code k(a, b) = exp(−‖a − b‖² / (2σ²))}: the kernel of the ProtoDash paper, meaningful beyond d prototypes.
     *
     * @param sigma bandwidth, positive, and large enough that {@code 1/(2σ²)} is finite (else every self-similarity
     *              would be {@code exp(−∞·0)}, NaN)
     */
    record Gaussian(double sigma) implements Kernel {
        public Gaussian {
            if (!isUsable(sigma)) {
                throw new IllegalArgumentException("the Gaussian kernel needs a finite sigma > 0 whose 1/(2 sigma^2)"
                        + " is finite, got " + sigma);
            }
        }

        /** True for a bandwidth the kernel can use. */
        public static boolean isUsable(double sigma) {
            return sigma > 0 && Double.isFinite(sigma) && Double.isFinite(1 / (2 * sigma * sigma));
        }
    }
}
