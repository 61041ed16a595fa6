package org.greentrain.train.profile;

/**
 * The self time of all operators of one layer type in one pass.
 *
 * @param type    the layer type
 * @param pass    the pass
 * @param seconds summed self time
 */
public record OperatorTime(LayerType type, Pass pass, double seconds) {
}
