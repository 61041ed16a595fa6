package org.greentrain.tune.sampler;

/**
 * The value a model-based sampler pretends a still-running trial has (the "constant liar"), so that workers asking at
 * the same time are steered away from each other's points instead of all choosing the same optimum of the model.
 */
public enum Liar {
    /** The worst value observed: the most conservative, pushes workers apart the most (the default). */
    WORST,
    /** The mean of the observed values. */
    MEAN,
    /** The best value observed: encourages exploiting near running trials. */
    BEST;

    /** The lie for observed minimised values {@code y[0..n)}. */
    public double lie(double[] y, int n) {
        double worst = Double.NEGATIVE_INFINITY;
        double best = Double.POSITIVE_INFINITY;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            worst = Math.max(worst, y[i]);
            best = Math.min(best, y[i]);
            sum += y[i];
        }
        switch (this) {
            case WORST:
                return worst;
            case BEST:
                return best;
            default:
                return sum / n;
        }
    }
}
