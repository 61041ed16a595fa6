package org.greentrain.study.stats;

import java.util.List;

/**
 * What one factor does to energy: the Kruskal-Wallis test across its levels, and the mean energy increase of each
 * level over the first, computed as the tuning paper does (the mean of the cell means at one level over the mean of
 * the cell means at the other, minus one).
 *
 * @param factor         the factor name
 * @param levels         its levels, the first being the baseline
 * @param test           Kruskal-Wallis on the energy of all runs, grouped by level
 * @param meanIncrease   relative increase of each level's mean energy over the baseline's; 0 for the baseline
 */
public record FactorEffect(String factor, List<String> levels, KruskalWallis test, double[] meanIncrease) {
}
