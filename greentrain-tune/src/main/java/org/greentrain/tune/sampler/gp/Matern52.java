package org.greentrain.tune.sampler.gp;

/**
 * The Matérn-5/2 kernel with automatic relevance determination:
 * k(x, x') = s2 (1 + sqrt5 r + 5 r^2 / 3) exp(-sqrt5 r), with r^2 = sum_k ((x_k - x'_k) / l_k)^2. Twice differentiable,
 * so it suits functions smoother than Brownian yet rougher than the squared exponential assumes.
 */
final class Matern52 {

    static final double SQRT5 = Math.sqrt(5);

    private Matern52() {
    }

    /** The unit-variance kernel as a function of r. */
    static double unit(double r) {
        return (1 + SQRT5 * r + 5.0 / 3.0 * r * r) * Math.exp(-SQRT5 * r);
    }

    /** r between row i of {@code x} and the point {@code z} (offset {@code zo}), for inverse length-scales. */
    static double distance(double[] x, int i, double[] z, int zo, int d, double[] invLength) {
        double s = 0;
        int xo = i * d;
        for (int k = 0; k < d; k++) {
            double t = (x[xo + k] - z[zo + k]) * invLength[k];
            s += t * t;
        }
        return Math.sqrt(s);
    }
}
