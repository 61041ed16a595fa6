package org.greentrain.train.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A multilayer perceptron: each hidden layer is {@code Linear -> [BatchNorm] -> activation -> [Dropout]}, then a
 * linear output layer. Image input is flattened. Example: {@code mlp:hidden=64-32,activation=relu,dropout=0.1}.
 *
 * @param hidden     hidden widths in order; empty for a plain softmax regression
 * @param activation activation after each hidden layer
 * @param dropout    drop probability after each hidden layer, in [0, 1)
 * @param batchNorm  whether each hidden layer has a batch norm before its activation
 */
public record MlpSpec(List<Integer> hidden, Activation activation, double dropout, boolean batchNorm)
        implements ModelSpec {

    static final List<String> KEYS = List.of("hidden", "activation", "dropout", "batchnorm");

    public MlpSpec {
        hidden = List.copyOf(hidden);
        if (hidden.stream().anyMatch(w -> w < 1)) {
            throw new IllegalArgumentException("mlp hidden widths must be positive, got " + hidden);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("mlp dropout must be in [0, 1), got " + dropout);
        }
    }

    static MlpSpec from(SpecOptions o) {
        o.requireKnownKeys(KEYS);
        return new MlpSpec(o.widths("hidden", null), o.activation("activation", Activation.RELU),
                o.doubleValue("dropout", 0, 0, 1), o.onOff("batchnorm", false));
    }

    @Override
    public String family() {
        return "mlp";
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("hidden", hidden);
        s.put("activation", activation);
        s.put("dropout", dropout);
        s.put("batchnorm", batchNorm);
        return s;
    }

    @Override
    public Architecture resolve(ModelInput input) {
        ArchitectureBuilder b = ArchitectureBuilder.flat(canonical(), input);
        hiddenLayers(b, hidden, activation, dropout, batchNorm);
        return b.output();
    }

    /** The hidden stack shared by {@code mlp} and the head of {@code cnn}. */
    static void hiddenLayers(ArchitectureBuilder b, List<Integer> widths, Activation activation, double dropout,
                             boolean batchNorm) {
        for (int width : widths) {
            b.dense(width);
            if (batchNorm) {
                b.batchNorm();
            }
            b.activation(activation);
            b.dropout(dropout);
        }
    }

    @Override
    public String toString() {
        return canonical();
    }
}
