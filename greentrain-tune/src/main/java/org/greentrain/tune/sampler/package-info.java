/**
 * Samplers: {@link org.greentrain.tune.sampler.GridSampler} (inclusive or the paper's upper-excluded levels, without
 * replacement, shared by workers), {@link org.greentrain.tune.sampler.RandomSampler},
 * {@link org.greentrain.tune.sampler.QmcSampler} (Sobol', Halton), {@link org.greentrain.tune.sampler.TpeSampler}
 * (univariate or multivariate, constant liar) and {@link org.greentrain.tune.sampler.Nsga2Sampler} (several
 * objectives); Gaussian-process BO lives in {@code sampler.gp}. All are stateless and seed each trial from (seed, trial
 * number), so the same seed and history give the same suggestion in any worker.
 */
package org.greentrain.tune.sampler;
