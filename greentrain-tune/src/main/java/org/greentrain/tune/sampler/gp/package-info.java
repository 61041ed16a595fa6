/**
 * Bayesian optimisation with a Gaussian process: Matérn-5/2 ARD kernel, hyperparameters by maximum marginal likelihood
 * (analytic gradients, bounded L-BFGS, restarts), EI, log-EI, PI and UCB acquisitions, constant liar for running
 * trials, and a cost-aware mode that divides the acquisition by the energy predicted by a second GP on log-joules.
 */
package org.greentrain.tune.sampler.gp;
