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
     * @param sigma bandwidth, positive
     */
    record Gaussian(double sigma) implements Kernel {
        public Gaussian {
            if (!(sigma > 0) || Double.isInfinite(sigma)) {
                throw new IllegalArgumentException("the Gaussian kernel needs a finite sigma > 0, got " + sigma);
            }
        }
    }
}
