package org.greentrain.train.profile;

import org.greentrain.train.spec.Layer;

/**
 * The analytic cost of one layer of an architecture, per training example (see {@link FlopModel} for the counts).
 *
 * @param index                  position in the architecture, from 0
 * @param layer                  the layer
 * @param type                   its layer type
 * @param parameters             trainable parameters
 * @param forwardFlopsPerSample  floating-point operations of its forward pass for one example
 * @param backwardFlopsPerSample estimated operations of its backward pass for one example
 */
public record LayerCost(int index, Layer layer, LayerType type, long parameters, long forwardFlopsPerSample,
                        long backwardFlopsPerSample) {
}
