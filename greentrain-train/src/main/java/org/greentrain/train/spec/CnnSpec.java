package org.greentrain.train.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A general convolutional network: convolution blocks (see {@link ConvBlock}), flatten, then a hidden stack as in
 * {@link MlpSpec} and a linear output layer. Example:
 * {@code cnn:conv=16k3p1-bn-relu-max2/32k3p1-bn-relu-max2,hidden=128,activation=relu,dropout=0.25}.
 *
 * @param conv       the convolution blocks in order, at least one
 * @param hidden     hidden widths after flattening; may be empty
 * @param activation activation after each hidden layer
 * @param dropout    drop probability after each hidden layer, in [0, 1)
 * @param batchNorm  whether each hidden layer has a batch norm before its activation
 */
public record CnnSpec(List<ConvBlock> conv, List<Integer> hidden, Activation activation, double dropout,
                      boolean batchNorm) implements ModelSpec {

    static final List<String> KEYS = List.of("conv", "hidden", "activation", "dropout", "batchnorm");

    public CnnSpec {
        conv = List.copyOf(conv);
        hidden = List.copyOf(hidden);
        if (conv.isEmpty()) {
            throw new IllegalArgumentException("cnn needs at least one conv block");
        }
        if (hidden.stream().anyMatch(w -> w < 1)) {
            throw new IllegalArgumentException("cnn hidden widths must be positive, got " + hidden);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("cnn dropout must be in [0, 1), got " + dropout);
        }
    }

    static CnnSpec from(SpecOptions o) {
        o.requireKnownKeys(KEYS);
        return new CnnSpec(o.convBlocks("conv"), o.widths("hidden", List.of()),
                o.activation("activation", Activation.RELU), o.doubleValue("dropout", 0, 0, 1),
                o.onOff("batchnorm", false));
    }

    @Override
    public String family() {
        return "cnn";
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("conv", conv);
        s.put("hidden", hidden);
        s.put("activation", activation);
        s.put("dropout", dropout);
        s.put("batchnorm", batchNorm);
        return s;
    }

    @Override
    public Architecture resolve(ModelInput input) {
        ArchitectureBuilder b = ArchitectureBuilder.image(canonical(), input);
        for (int i = 0; i < conv.size(); i++) {
            b.convBlock(i + 1, conv.get(i));
        }
        b.flatten();
        MlpSpec.hiddenLayers(b, hidden, activation, dropout, batchNorm);
        return b.output();
    }

    @Override
    public String toString() {
        return canonical();
    }
}
