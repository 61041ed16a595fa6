package org.greentrain.study.architecture;

/**
 * One row of a stored cell profile: the time a layer type took in one pass of the profiled interval, and the joules
 * attributed to it in proportion.
 *
 * @param type         the layer type, for example {@code conv} or {@code unattributed}
 * @param pass         the pass, for example {@code forward}, {@code backward}, {@code update} or {@code none}
 * @param seconds      self time of its operators in the interval
 * @param share        fraction of the interval's time, and so of its energy
 * @param energyJoules the interval's joules times {@code share}
 */
public record LayerTypeJoules(String type, String pass, double seconds, double share, double energyJoules) {
}
