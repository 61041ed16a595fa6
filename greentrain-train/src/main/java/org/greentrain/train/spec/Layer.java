package org.greentrain.train.spec;

/**
 * One concrete layer of a resolved {@link Architecture}, with every size known. The set is closed: these are the
 * layers the DJL block factory can build and whose trainable parameters this type counts exactly.
 */
public sealed interface Layer {

    /** Trainable parameters of the layer (BatchNorm running statistics are buffers, not parameters). */
    long parameterCount();

    /** A short human-readable description, for example {@code linear 441->392}. */
    String describe();

    /** A fully connected layer with bias: {@code in*out + out} parameters. */
    record Dense(int in, int out) implements Layer {
        @Override
        public long parameterCount() {
            return (long) in * out + out;
        }

        @Override
        public String describe() {
            return "linear " + in + "->" + out;
        }
    }

    /** A 2-D convolution with bias and a square kernel, with the spatial size it produces. */
    record Conv(int inChannels, int outChannels, int kernel, int stride, int padding, int outHeight, int outWidth)
            implements Layer {
        @Override
        public long parameterCount() {
            return (long) outChannels * inChannels * kernel * kernel + outChannels;
        }

        @Override
        public String describe() {
            return "conv " + inChannels + "->" + outChannels + " k" + kernel + (stride == 1 ? "" : " s" + stride)
                    + " p" + padding + " -> " + outChannels + "x" + outHeight + "x" + outWidth;
        }
    }

    /** Batch normalisation over {@code features} channels: a scale and a shift per channel. */
    record BatchNorm(int features) implements Layer {
        @Override
        public long parameterCount() {
            return 2L * features;
        }

        @Override
        public String describe() {
            return "batchnorm " + features;
        }
    }

    /** An element-wise activation (never {@link Activation#NONE}: that adds no layer). */
    record Act(Activation activation) implements Layer {
        @Override
        public long parameterCount() {
            return 0;
        }

        @Override
        public String describe() {
            return activation.id();
        }
    }

    /** Dropout with the given drop probability, active in training mode only. */
    record Dropout(double rate) implements Layer {
        @Override
        public long parameterCount() {
            return 0;
        }

        @Override
        public String describe() {
            return "dropout " + SpecFormat.number(rate);
        }
    }

    /** Max or average pooling, with the spatial size it produces. */
    record Pool(Pooling pooling, int outHeight, int outWidth) implements Layer {
        @Override
        public long parameterCount() {
            return 0;
        }

        @Override
        public String describe() {
            return pooling.kind().name().toLowerCase(java.util.Locale.ROOT) + "-pool " + pooling.size() + " -> "
                    + outHeight + "x" + outWidth;
        }
    }

    /** Flattens {@code C x H x W} feature maps into {@code features} values per example. */
    record Flatten(int features) implements Layer {
        @Override
        public long parameterCount() {
            return 0;
        }

        @Override
        public String describe() {
            return "flatten " + features;
        }
    }
}
