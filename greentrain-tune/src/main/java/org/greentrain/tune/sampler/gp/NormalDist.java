package org.greentrain.tune.sampler.gp;

import org.apache.commons.math3.special.Erf;

/** Standard normal density and distribution, and a numerically safe log of the expected-improvement factor. */
final class NormalDist {

    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
    private static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

    private NormalDist() {
    }

    static double pdf(double z) {
        return INV_SQRT_2PI * Math.exp(-0.5 * z * z);
    }

    static double cdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    /** h(z) = z Phi(z) + phi(z), so that EI = sigma h(z). */
    static double h(double z) {
        return z * cdf(z) + pdf(z);
    }

    /**
     * log h(z), accurate for very negative z where h underflows. Down to z = -25 the direct formula loses at most
     * three digits to cancellation; below, h(z) = phi(z) (1 - |z| R(|z|)) with the Mills ratio R, whose asymptotic
     * series gives 1 - |z| R(|z|) ~ z^-2 (1 - 3 z^-2 + 15 z^-4 - 105 z^-6), accurate to 1e-8 there.
     */
    static double logH(double z) {
        if (z > -25) {
            return Math.log(h(z));
        }
        double z2 = 1 / (z * z);
        double series = z2 * (1 - 3 * z2 + 15 * z2 * z2 - 105 * z2 * z2 * z2);
        return -0.5 * z * z - LOG_SQRT_2PI + Math.log(series);
    }
}
