package org.greentrain.train.spec;

import java.util.List;

/**
 * A spec resolved against an input: the exact layer sequence with every size known, ending in the output layer of
 * {@code input.classes()} logits. It is what the DJL block is built from and what parameter counts are read from.
 *
 * @param spec   the canonical spec string it was resolved from
 * @param input  the input it was resolved against
 * @param layers the layers in forward order
 */
public record Architecture(String spec, ModelInput input, List<Layer> layers) {

    public Architecture {
        layers = List.copyOf(layers);
    }

    /** Trainable parameters, summed over the layers. */
    public long parameterCount() {
        return layers.stream().mapToLong(Layer::parameterCount).sum();
    }

    /** Whether the network starts with a convolution and so takes {@code N x C x H x W} input. */
    public boolean takesImages() {
        return !layers.isEmpty() && layers.get(0) instanceof Layer.Conv;
    }

    /** Whether any layer is a batch norm (training then needs batches of at least 2 examples). */
    public boolean hasBatchNorm() {
        return layers.stream().anyMatch(l -> l instanceof Layer.BatchNorm);
    }

    /** The per-example input shape the network takes: {@code [C, H, W]} or {@code [F]}. */
    public long[] exampleShape() {
        if (takesImages()) {
            return new long[] {input.image().channels(), input.image().height(), input.image().width()};
        }
        return new long[] {input.features()};
    }

    /** One line per layer, for printing. */
    public List<String> describe() {
        return layers.stream().map(Layer::describe).toList();
    }
}
