package org.greentrain.study.stats;

import java.util.Map;

/**
 * One row of the tuning paper's Table V: a cluster of runs by energy (low-energy E- or high-energy E+) with its
 * average energy and its accuracy figures, plus which cells it holds.
 *
 * @param name              "E-" (lower energy) or "E+" (higher energy)
 * @param runs              number of runs in the cluster
 * @param meanEnergyJoules  average energy
 * @param meanAccuracy      average accuracy
 * @param maxAccuracy       best accuracy
 * @param sdAccuracy        standard deviation of accuracy
 * @param cells             number of runs of each cell in the cluster
 */
public record EnergyCluster(String name, int runs, double meanEnergyJoules, double meanAccuracy, double maxAccuracy,
                            double sdAccuracy, Map<String, Integer> cells) {
}
