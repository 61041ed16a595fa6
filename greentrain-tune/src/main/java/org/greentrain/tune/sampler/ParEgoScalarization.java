package org.greentrain.tune.sampler;

import java.util.List;
import java.util.SplittableRandom;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;

/**
 * Turns several objectives into one quantity to minimise, so that a single-objective model (the Gaussian process of
 * {@code bo}) can work on an accuracy-energy trade-off. This is ParEGO's random scalarisation (Knowles
 * 2006): every suggestion draws its own weight vector, so over many suggestions the whole Pareto front is targeted.
 *
 * <ol>
 *   <li>Weights: a point drawn uniformly from the simplex (normalised unit exponentials), from a stream that depends
 *   only on (sampler seed, trial number). Parallel workers and resumed studies therefore draw the same weights for the
 *   same trial, and the weights never consume the sampler's own per-trial stream.</li>
 *   <li>Normalisation: each objective is turned into minimisation ({@link org.greentrain.tune.study.Direction
 *   #toMinimized}, so a maximised one is negated) and mapped to [0, 1] by the range over the finished trials; an
 *   objective with no spread maps to 0.</li>
 *   <li>Scalarisation: the augmented Chebyshev function {@code max_i(w_i f_i) + rho * sum_i(w_i f_i)} with rho =
 *   {@value #RHO}. The max term reaches non-convex parts of the front, which a weighted sum cannot; the small sum term
 *   breaks ties between weakly dominated points.</li>
 * </ol>
 */
public final class ParEgoScalarization {

    /** The weight of the sum term of the augmented Chebyshev function (Knowles uses 0.05). */
    public static final double RHO = 0.05;

    /** Separates the weight stream from the sampler's per-trial stream of the same seed. */
    private static final long WEIGHT_STREAM = 0x5041524547304C4FL;

    private final List<Goal> goals;
    private final double[] weights;
    private final double[] low;
    private final double[] span;

    private ParEgoScalarization(List<Goal> goals, double[] weights, double[] low, double[] span) {
        this.goals = goals;
        this.weights = weights;
        this.low = low;
        this.span = span;
    }

    /**
     * The scalarisation used for trial {@code trialNumber}: weights from (seed, trial number), ranges from
     * {@code finished}.
     *
     * @param seed        the sampler's seed
     * @param trialNumber the trial being sampled
     * @param goals       the study's goals, at least two
     * @param finished    the COMPLETE trials whose values set each objective's range, at least one
     */
    public static ParEgoScalarization forTrial(long seed, int trialNumber, List<Goal> goals,
                                               List<FrozenTrial> finished) {
        if (goals.size() < 2) {
            throw new IllegalArgumentException("ParEGO scalarisation needs at least 2 goals, got "
                    + Goal.canonical(goals));
        }
        if (finished.isEmpty()) {
            throw new IllegalArgumentException("ParEGO scalarisation needs at least one finished trial to normalise");
        }
        int m = goals.size();
        double[] low = new double[m];
        double[] high = new double[m];
        java.util.Arrays.fill(low, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(high, Double.NEGATIVE_INFINITY);
        for (FrozenTrial t : finished) {
            for (int j = 0; j < m; j++) {
                double v = goals.get(j).direction().toMinimized(t.value(j));
                low[j] = Math.min(low[j], v);
                high[j] = Math.max(high[j], v);
            }
        }
        double[] span = new double[m];
        for (int j = 0; j < m; j++) {
            span[j] = high[j] - low[j];
        }
        SplittableRandom rng = Seeds.forTrial(Seeds.mix(seed ^ WEIGHT_STREAM), trialNumber);
        return new ParEgoScalarization(List.copyOf(goals), simplexWeights(rng, m), low, span);
    }

    /** A weight vector drawn uniformly from the (m-1)-simplex: positive, summing to 1. */
    static double[] simplexWeights(SplittableRandom rng, int m) {
        double[] w = new double[m];
        double sum = 0;
        for (int j = 0; j < m; j++) {
            w[j] = -Math.log(1 - rng.nextDouble());
            sum += w[j];
        }
        for (int j = 0; j < m; j++) {
            w[j] = sum > 0 ? w[j] / sum : 1.0 / m;
        }
        return w;
    }

    /** The weights of this suggestion, one per goal. */
    public double[] weights() {
        return weights.clone();
    }

    /** The scalarised value of a COMPLETE trial: smaller is better. */
    public double value(FrozenTrial trial) {
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (int j = 0; j < weights.length; j++) {
            double v = goals.get(j).direction().toMinimized(trial.value(j));
            double normalised = span[j] > 0 ? Math.min(1, Math.max(0, (v - low[j]) / span[j])) : 0;
            double weighted = weights[j] * normalised;
            max = Math.max(max, weighted);
            sum += weighted;
        }
        return max + RHO * sum;
    }
}
