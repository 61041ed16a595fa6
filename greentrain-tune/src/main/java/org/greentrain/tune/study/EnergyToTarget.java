package org.greentrain.tune.study;

/**
 * The energy a study spent to reach a target value: every trial finished up to and including the first trial reaching
 * the target, in order of completion.
 *
 * @param trialNumber      the first trial reaching the target
 * @param cumulativeJoules joules of all trials finished up to it, itself included
 * @param trialsUsed       how many trials those were
 */
public record EnergyToTarget(int trialNumber, double cumulativeJoules, int trialsUsed) {
}
