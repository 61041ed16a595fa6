package org.greentrain.train.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a network layer by layer while tracking the activation shape, so that a spec which does not fit its input
 * fails here, before any tensor exists, with a message naming the layer and the shape.
 */
final class ArchitectureBuilder {

    private final String spec;
    private final ModelInput input;
    private final List<Layer> layers = new ArrayList<>();
    private boolean flat;
    private int channels;
    private int height;
    private int width;
    private int features;

    private ArchitectureBuilder(String spec, ModelInput input) {
        this.spec = spec;
        this.input = input;
    }

    /** A network that reads each example as a flat vector of {@code input.features()} values. */
    static ArchitectureBuilder flat(String spec, ModelInput input) {
        ArchitectureBuilder b = new ArchitectureBuilder(spec, input);
        b.flat = true;
        b.features = input.features();
        return b;
    }

    /** A network that reads each example as a {@code C x H x W} image; tabular input is rejected. */
    static ArchitectureBuilder image(String spec, ModelInput input) {
        if (input.image() == null) {
            throw new IllegalArgumentException(spec + " needs image input (CxHxW), but the data is tabular with "
                    + input.features() + " features");
        }
        ArchitectureBuilder b = new ArchitectureBuilder(spec, input);
        b.channels = input.image().channels();
        b.height = input.image().height();
        b.width = input.image().width();
        return b;
    }

    /** Adds convolution block number {@code index} (1-based): conv, then batch norm, activation and pooling. */
    void convBlock(int index, ConvBlock block) {
        int h = convolved(height, block);
        int w = convolved(width, block);
        if (h < 1 || w < 1) {
            throw misfit("conv block " + index + " convolution (kernel " + block.kernel() + ", stride "
                    + block.stride() + ", padding " + block.padding() + ") would reduce " + height + "x" + width
                    + " to " + Math.max(h, 0) + "x" + Math.max(w, 0));
        }
        layers.add(new Layer.Conv(channels, block.channels(), block.kernel(), block.stride(), block.padding(), h, w));
        channels = block.channels();
        height = h;
        width = w;
        if (block.batchNorm()) {
            layers.add(new Layer.BatchNorm(channels));
        }
        activation(block.activation());
        if (block.pooling().kind() != Pooling.Kind.NONE) {
            int k = block.pooling().size();
            int ph = height / k;
            int pw = width / k;
            if (ph < 1 || pw < 1) {
                throw misfit("conv block " + index + " " + block.pooling().kind().name().toLowerCase(
                        java.util.Locale.ROOT) + "-pool would reduce " + height + "x" + width + " to " + ph + "x"
                        + pw);
            }
            layers.add(new Layer.Pool(block.pooling(), ph, pw));
            height = ph;
            width = pw;
        }
    }

    /** Flattens the feature maps; the following layers see a vector. */
    void flatten() {
        if (!flat) {
            features = Math.multiplyExact(channels, Math.multiplyExact(height, width));
            layers.add(new Layer.Flatten(features));
            flat = true;
        }
    }

    void dense(int out) {
        requireFlat();
        layers.add(new Layer.Dense(features, out));
        features = out;
    }

    void batchNorm() {
        layers.add(new Layer.BatchNorm(flat ? features : channels));
    }

    /** Adds the activation, or nothing for {@link Activation#NONE}. */
    void activation(Activation activation) {
        if (activation != Activation.NONE) {
            layers.add(new Layer.Act(activation));
        }
    }

    /** Adds dropout, or nothing for rate 0. */
    void dropout(double rate) {
        if (rate > 0) {
            layers.add(new Layer.Dropout(rate));
        }
    }

    /** Adds the output layer ({@code classes} logits) and returns the architecture. */
    Architecture output() {
        flatten();
        dense(input.classes());
        return new Architecture(spec, input, layers);
    }

    private void requireFlat() {
        if (!flat) {
            throw new IllegalStateException("dense layer before flatten in " + spec);
        }
    }

    private static int convolved(int size, ConvBlock block) {
        return Math.floorDiv(size + 2 * block.padding() - block.kernel(), block.stride()) + 1;
    }

    private IllegalArgumentException misfit(String what) {
        return new IllegalArgumentException(spec + " does not fit " + input.describe() + ": " + what);
    }
}
