package org.greentrain.study.stats;

/**
 * The runs of one factorial cell summarised: energy centre and spread, and accuracy.
 *
 * @param cell                 the cell, e.g. {@code conv=4,linear=3,relu=on}
 * @param runs                 number of runs
 * @param meanEnergyJoules     mean energy
 * @param medianEnergy         median energy with its bootstrap interval
 * @param energyCv             coefficient of variation of energy (the paper expects < 1%)
 * @param meanAccuracy         mean accuracy
 * @param maxAccuracy          best accuracy
 * @param medianAccuracy       median accuracy with its bootstrap interval
 */
public record CellSummary(String cell, int runs, double meanEnergyJoules, BootstrapInterval medianEnergy,
                          double energyCv, double meanAccuracy, double maxAccuracy, BootstrapInterval medianAccuracy) {
}
