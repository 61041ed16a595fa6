package org.greentrain.train.profile;

/**
 * One row of a per-layer-type profile: the time a (layer type, pass) took in the profiled interval, its share of the
 * interval, the joules attributed to it in proportion, and the analytic FLOPs of the layers of that type in that pass.
 *
 * @param type              the layer type
 * @param pass              the pass
 * @param seconds           self time of its operators (for {@link LayerType#UNATTRIBUTED}: interval time no
 *                          operator covers)
 * @param share             fraction of the interval's time, and so of its energy
 * @param energyJoules      attributed joules: the interval's joules times {@code share}
 * @param energyLowerJoules the interval's lower bound times {@code share}
 * @param energyUpperJoules the interval's upper bound times {@code share}
 * @param flops             analytic FLOPs of this type's layers in this pass over the interval's samples, or null
 *                          when there is no analytic count (loss, optimizer, data, metrics, other, unattributed)
 */
public record LayerTypeEnergy(LayerType type, Pass pass, double seconds, double share, double energyJoules,
                              double energyLowerJoules, double energyUpperJoules, Long flops) {
}
