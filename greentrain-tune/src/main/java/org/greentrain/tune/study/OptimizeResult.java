package org.greentrain.tune.study;

import java.util.Optional;

/**
 * The outcome of one {@link Study#optimize} call.
 *
 * @param stopReason     why it returned
 * @param trialsRun      trials run by this call
 * @param spentJoules    joules of every trial of the study with a known energy (earlier calls included)
 * @param budgetJoules   the study's energy budget, or +infinity for none
 * @param forecastJoules the forecast energy of the next trial when the loop stopped (NaN before any energy is known)
 * @param target         the energy spent to reach the target, when one was set and reached
 */
public record OptimizeResult(StopReason stopReason, int trialsRun, double spentJoules, double budgetJoules,
                             double forecastJoules, Optional<EnergyToTarget> target) {
}
