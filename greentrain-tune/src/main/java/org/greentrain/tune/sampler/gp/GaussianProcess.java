package org.greentrain.tune.sampler.gp;

import java.util.SplittableRandom;

/**
 * A Gaussian-process regressor on points of the unit cube with a Matérn-5/2 ARD kernel, a constant zero mean on
 * standardised outputs and a learned Gaussian noise term. Hyperparameters theta = (log l_1..d, log s2, log noise) are
 * fitted by maximising the log marginal likelihood with analytic gradients ({@link BoundedLbfgs}), from the default
 * start and from random restarts, within the bounds l in [1e-2, 1e2], s2 in [1e-2, 1e2], noise in [1e-6, 1] (the
 * noise floor keeps repeated points harmless; the Cholesky factorisation adds jitter if they still make the matrix
 * singular).
 */
public final class GaussianProcess {

    static final double LOG_L_MIN = Math.log(1e-2);
    static final double LOG_L_MAX = Math.log(1e2);
    static final double LOG_S2_MIN = Math.log(1e-2);
    static final double LOG_S2_MAX = Math.log(1e2);
    static final double LOG_NOISE_MIN = Math.log(1e-6);
    static final double LOG_NOISE_MAX = Math.log(1);

    private final int n;
    private final int d;
    private final double[] x;
    private final double[] theta;
    private final double[] invLength;
    private final double signal;
    private final Cholesky chol;
    private final double[] alpha;
    private final double yMean;
    private final double yScale;
    private final double logLikelihood;

    private GaussianProcess(double[] x, int n, int d, double[] yStd, double yMean, double yScale, double[] theta) {
        this.n = n;
        this.d = d;
        this.x = x;
        this.theta = theta.clone();
        this.invLength = new double[d];
        for (int k = 0; k < d; k++) {
            invLength[k] = Math.exp(-theta[k]);
        }
        this.signal = Math.exp(theta[d]);
        double noise = Math.exp(theta[d + 1]);
        double[] kmat = kernelMatrix(x, n, d, invLength, signal, noise);
        this.chol = Cholesky.factorWithJitter(kmat, n);
        this.alpha = yStd.clone();
        chol.solve(alpha);
        this.yMean = yMean;
        this.yScale = yScale;
        double quad = 0;
        for (int i = 0; i < n; i++) {
            quad += yStd[i] * alpha[i];
        }
        this.logLikelihood = -0.5 * quad - 0.5 * chol.logDet() - 0.5 * n * Math.log(2 * Math.PI);
    }

    /**
     * Fits a GP to {@code n} points of dimension {@code d} (row-major {@code x}) and values {@code y}.
     *
     * @param restarts random restarts besides the default start
     */
    public static GaussianProcess fit(double[] x, int n, int d, double[] y, int restarts, SplittableRandom rng) {
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += y[i];
        }
        mean /= n;
        double var = 0;
        for (int i = 0; i < n; i++) {
            var += (y[i] - mean) * (y[i] - mean);
        }
        double scale = n > 1 && var > 0 ? Math.sqrt(var / (n - 1)) : 1;
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            ys[i] = (y[i] - mean) / scale;
        }
        double[] lo = new double[d + 2];
        double[] hi = new double[d + 2];
        for (int k = 0; k < d; k++) {
            lo[k] = LOG_L_MIN;
            hi[k] = LOG_L_MAX;
        }
        lo[d] = LOG_S2_MIN;
        hi[d] = LOG_S2_MAX;
        lo[d + 1] = LOG_NOISE_MIN;
        hi[d + 1] = LOG_NOISE_MAX;
        double[] start = new double[d + 2];
        for (int k = 0; k < d; k++) {
            start[k] = Math.log(0.5);
        }
        start[d] = 0;
        start[d + 1] = Math.log(1e-3);
        BoundedLbfgs.Objective negLml = (theta, grad) -> {
            double v = logMarginalLikelihood(x, n, d, ys, theta, grad);
            for (int i = 0; i < grad.length; i++) {
                grad[i] = -grad[i];
            }
            return -v;
        };
        BoundedLbfgs.Result best = BoundedLbfgs.minimize(negLml, start, lo, hi, 40, 1e-2);
        for (int r = 0; r < restarts; r++) {
            double[] s = new double[d + 2];
            for (int k = 0; k < d + 2; k++) {
                s[k] = k < d ? Math.log(0.05) + rng.nextDouble() * (Math.log(2) - Math.log(0.05))
                        : k == d ? rng.nextDouble() * 2 - 1 : Math.log(1e-5) + rng.nextDouble() * (Math.log(0.1)
                        - Math.log(1e-5));
            }
            BoundedLbfgs.Result res = BoundedLbfgs.minimize(negLml, s, lo, hi, 40, 1e-2);
            if (Double.isFinite(res.value()) && !(res.value() >= best.value())) {
                best = res;
            }
        }
        return new GaussianProcess(x, n, d, ys, mean, scale, best.x());
    }

    static double[] kernelMatrix(double[] x, int n, int d, double[] invLength, double signal, double noise) {
        double[] k = new double[n * n];
        for (int i = 0; i < n; i++) {
            k[i * n + i] = signal + noise;
            for (int j = 0; j < i; j++) {
                double v = signal * Matern52.unit(Matern52.distance(x, i, x, j * d, d, invLength));
                k[i * n + j] = v;
                k[j * n + i] = v;
            }
        }
        return k;
    }

    /**
     * The log marginal likelihood log p(y | X, theta) of standardised {@code y}, writing its gradient with respect to
     * theta into {@code grad}: d/dtheta_k = 0.5 tr((alpha alpha^T - K^-1) dK/dtheta_k).
     */
    static double logMarginalLikelihood(double[] x, int n, int d, double[] y, double[] theta, double[] grad) {
        double[] invLength = new double[d];
        for (int k = 0; k < d; k++) {
            invLength[k] = Math.exp(-theta[k]);
        }
        double signal = Math.exp(theta[d]);
        double noise = Math.exp(theta[d + 1]);
        double[] kmat = kernelMatrix(x, n, d, invLength, signal, noise);
        Cholesky c;
        try {
            c = Cholesky.factorWithJitter(kmat, n);
        } catch (IllegalStateException e) {
            java.util.Arrays.fill(grad, 0);
            return Double.NEGATIVE_INFINITY;
        }
        double[] alpha = y.clone();
        c.solve(alpha);
        double quad = 0;
        for (int i = 0; i < n; i++) {
            quad += y[i] * alpha[i];
        }
        double lml = -0.5 * quad - 0.5 * c.logDet() - 0.5 * n * Math.log(2 * Math.PI);
        double[] w = c.inverse();
        for (int i = 0; i < n * n; i++) {
            w[i] = alpha[i / n] * alpha[i % n] - w[i];
        }
        java.util.Arrays.fill(grad, 0);
        double traceW = 0;
        for (int i = 0; i < n; i++) {
            traceW += w[i * n + i];
            grad[d] += 0.5 * w[i * n + i] * signal;
            for (int j = 0; j < i; j++) {
                int xo = i * d;
                int zo = j * d;
                double r2 = 0;
                for (int k = 0; k < d; k++) {
                    double t = (x[xo + k] - x[zo + k]) * invLength[k];
                    r2 += t * t;
                }
                double r = Math.sqrt(r2);
                double e = Math.exp(-Matern52.SQRT5 * r);
                double kf = signal * (1 + Matern52.SQRT5 * r + 5.0 / 3.0 * r2) * e;
                double wij = w[i * n + j];
                grad[d] += wij * kf;
                double common = wij * signal * 5.0 / 3.0 * (1 + Matern52.SQRT5 * r) * e;
                for (int k = 0; k < d; k++) {
                    double t = (x[xo + k] - x[zo + k]) * invLength[k];
                    grad[k] += common * t * t;
                }
            }
        }
        grad[d + 1] = 0.5 * noise * traceW;
        return lml;
    }

    /**
     * Posterior mean and standard deviation of the latent function at {@code z} (offset {@code zo}), in the original
     * units of y; {@code work} must have length n.
     */
    public void predict(double[] z, int zo, double[] work, double[] out) {
        for (int i = 0; i < n; i++) {
            work[i] = signal * Matern52.unit(Matern52.distance(x, i, z, zo, d, invLength));
        }
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += work[i] * alpha[i];
        }
        chol.solveLower(work);
        double v = signal;
        for (int i = 0; i < n; i++) {
            v -= work[i] * work[i];
        }
        out[0] = yMean + yScale * mean;
        out[1] = yScale * Math.sqrt(Math.max(v, 1e-12 * signal));
    }

    /** Posterior mean and sd in standardised units (what acquisition functions score). */
    void predictStandardised(double[] z, int zo, double[] work, double[] out) {
        predict(z, zo, work, out);
        out[0] = (out[0] - yMean) / yScale;
        out[1] = out[1] / yScale;
    }

    /** Standardises a value of y. */
    double standardise(double y) {
        return (y - yMean) / yScale;
    }

    /** The fitted hyperparameters (log l_1..d, log s2, log noise). */
    public double[] theta() {
        return theta.clone();
    }

    /** The log marginal likelihood at the fitted hyperparameters. */
    public double logLikelihood() {
        return logLikelihood;
    }

    /** The number of training points. */
    public int size() {
        return n;
    }
}
