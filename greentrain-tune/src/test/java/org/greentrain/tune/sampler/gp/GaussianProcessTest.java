package org.greentrain.tune.sampler.gp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GaussianProcessTest {

    @Test
    void logMarginalLikelihoodGradientMatchesFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(3);
        int n = 12;
        int d = 3;
        double[] x = new double[n * d];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                x[i * d + k] = rng.nextDouble();
            }
            y[i] = Math.sin(4 * x[i * d]) + x[i * d + 1] * x[i * d + 1] + 0.1 * rng.nextGaussian();
        }
        double[][] thetas = {{Math.log(0.3), Math.log(0.7), Math.log(2), 0.2, Math.log(0.01)},
            {Math.log(0.1), Math.log(1.5), Math.log(0.05), -0.5, Math.log(0.2)}};
        for (double[] theta : thetas) {
            double[] grad = new double[d + 2];
            GaussianProcess.logMarginalLikelihood(x, n, d, y, theta, grad);
            for (int k = 0; k < d + 2; k++) {
                double h = 1e-6;
                double[] plus = theta.clone();
                double[] minus = theta.clone();
                plus[k] += h;
                minus[k] -= h;
                double[] unused = new double[d + 2];
                double fd = (GaussianProcess.logMarginalLikelihood(x, n, d, y, plus, unused)
                        - GaussianProcess.logMarginalLikelihood(x, n, d, y, minus, unused)) / (2 * h);
                assertThat(grad[k]).as("d/dtheta_%d", k).isCloseTo(fd, offset(1e-5 * Math.max(1, Math.abs(fd))));
            }
        }
    }

    @Test
    void fitInterpolatesASmoothFunctionAndIsUncertainFarAway() {
        int n = 15;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i / (double) (n - 1) * 0.5;
            y[i] = Math.sin(6 * x[i]);
        }
        GaussianProcess gp = GaussianProcess.fit(x, n, 1, y, 2, new SplittableRandom(1));
        double[] out = new double[2];
        double[] work = new double[n];
        gp.predict(new double[] {0.2}, 0, work, out);
        assertThat(out[0]).isCloseTo(Math.sin(1.2), offset(0.02));
        double nearSd = out[1];
        gp.predict(new double[] {1.0}, 0, work, out);
        assertThat(out[1]).isGreaterThan(10 * nearSd);
    }

    @Test
    void repeatedPointsWithDifferentValuesDoNotBreakTheFit() {
        int n = 16;
        double[] x = new double[n * 2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i * 2] = 0.3;
            x[i * 2 + 1] = i < 8 ? 0.3 : 0.7;
            y[i] = (i < 8 ? 1 : 2) + 0.01 * (i % 3);
        }
        GaussianProcess gp = GaussianProcess.fit(x, n, 2, y, 2, new SplittableRandom(5));
        double[] out = new double[2];
        gp.predict(new double[] {0.3, 0.3}, 0, new double[n], out);
        assertThat(out[0]).isCloseTo(1.01, offset(0.05));
        assertThat(gp.logLikelihood()).isFinite();
    }

    @Test
    void exactDuplicatesWithTinyNoiseAreFactoredWithJitter() {
        double[] a = {1, 1, 1, 1};
        Cholesky c = Cholesky.factorWithJitter(a, 2);
        assertThat(c.jitter()).isGreaterThan(0);
        double[] b = {1, 1};
        c.solve(b);
        assertThat(b[0]).isFinite();
    }

    @Test
    void logEiMatchesEiWhereEiIsRepresentableAndStaysFiniteFarAway() {
        Acquisition ei = new Acquisition.ExpectedImprovement();
        Acquisition logEi = new Acquisition.LogExpectedImprovement();
        for (double mean : new double[] {-1, 0, 0.5, 2, 5}) {
            assertThat(logEi.score(mean, 0.7, 0)).isCloseTo(Math.log(ei.score(mean, 0.7, 0)), offset(1e-6));
        }
        double far = logEi.score(40, 1, 0);
        assertThat(far).isFinite().isLessThan(logEi.score(30, 1, 0));
        assertThat(ei.score(40, 1, 0)).isEqualTo(0.0);
    }

    @Test
    void paperPiUsesEpsilonInTheDenominator() {
        var pi = new Acquisition.ProbabilityOfImprovement(Acquisition.ProbabilityOfImprovement.PAPER_EPSILON);
        assertThat(pi.score(1, 0, 1)).isEqualTo(0.5);
        assertThat(pi.score(0.5, 0, 1)).isEqualTo(1.0);
        assertThat(new Acquisition.UpperConfidenceBound(2).score(1, 0.5, 0)).isEqualTo(0.0);
    }
}
