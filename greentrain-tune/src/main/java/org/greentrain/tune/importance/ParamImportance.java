package org.greentrain.tune.importance;

/**
 * How much one hyperparameter matters to a ranking of trials.
 *
 * @param name       the parameter
 * @param share      its part of the summed divergences of all parameters, in [0, 1]; NaN when it was not measured
 * @param divergence the Pearson divergence of its distribution among the best trials from that among all trials
 *                   (0 when the best trials are spread like the rest); NaN when fewer than
 *                   {@link PedAnova#MIN_TRIALS} ranked trials set it
 * @param trials     the ranked trials in which it is set (a conditional parameter is absent from some)
 * @param topTrials  how many of them count as the best
 */
public record ParamImportance(String name, double share, double divergence, int trials, int topTrials) {
}
