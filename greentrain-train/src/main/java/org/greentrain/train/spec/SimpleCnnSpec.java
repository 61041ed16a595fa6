package org.greentrain.train.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The green-training paper's SimpleCNN ({@code simplecnn:conv=M,linear=N,relu=on|off}, spec §1.3): M blocks of
 * {@code Conv2d(C*3^(d+1), kernel 3, stride 1, padding 1) -> BatchNorm2d -> [ReLU] -> MaxPool2d(2, 2)}, flatten, then
 * the DensePolyNN hidden widths computed from the <em>input</em> size F (not the flattened conv output) and a linear
 * output layer. There is no activation between the linear layers; {@code relu=off} is the paper's SimpleCNN2.
 *
 * @param conv   number of conv blocks M, at least 1
 * @param linear number of linear layers N including the output layer, at least 1
 * @param relu   whether each conv block has a ReLU
 */
public record SimpleCnnSpec(int conv, int linear, boolean relu) implements ModelSpec {

    static final List<String> KEYS = List.of("conv", "linear", "relu");

    public SimpleCnnSpec {
        if (conv < 1 || conv > 10) {
            throw new IllegalArgumentException("simplecnn conv must be in [1, 10], got " + conv);
        }
        if (linear < 1 || linear > 32) {
            throw new IllegalArgumentException("simplecnn linear must be in [1, 32], got " + linear);
        }
    }

    static SimpleCnnSpec from(SpecOptions o) {
        o.requireKnownKeys(KEYS);
        return new SimpleCnnSpec(o.intValue("conv", 2, 1, 10), o.intValue("linear", 3, 1, 32), o.onOff("relu", true));
    }

    @Override
    public String family() {
        return "simplecnn";
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("conv", conv);
        s.put("linear", linear);
        s.put("relu", relu);
        return s;
    }

    @Override
    public Architecture resolve(ModelInput input) {
        ArchitectureBuilder b = ArchitectureBuilder.image(canonical(), input);
        int channels = input.channels();
        for (int d = 0; d < conv; d++) {
            channels *= 3;
            b.convBlock(d + 1, new ConvBlock(channels, 3, 1, 1, true, relu ? Activation.RELU : Activation.NONE,
                    Pooling.max(2)));
        }
        b.flatten();
        DenseSpec.polyWidths(input.features(), linear, input.channels()).forEach(b::dense);
        return b.output();
    }

    @Override
    public String toString() {
        return canonical();
    }
}
