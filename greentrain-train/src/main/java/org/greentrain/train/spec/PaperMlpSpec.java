package org.greentrain.train.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data-reduction paper's tabular MLP ({@code mlp-paper}, data-reduction spec §4.2): input {@code d -> 50 -> 45 ->
 * 40 -> 35 -> 30 -> 25 -> 20 -> 15 -> 10 -> C}, with ReLU and dropout after each of the 9 hidden layers. The paper
 * used dropout 0.25 (Dry Bean) and 0.5 (Collision).
 *
 * @param dropout drop probability after each hidden layer, in [0, 1); 0.25 by default
 */
public record PaperMlpSpec(double dropout) implements ModelSpec {

    /** The paper's hidden widths. */
    public static final List<Integer> HIDDEN = List.of(50, 45, 40, 35, 30, 25, 20, 15, 10);

    static final List<String> KEYS = List.of("dropout");

    public PaperMlpSpec {
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("mlp-paper dropout must be in [0, 1), got " + dropout);
        }
    }

    static PaperMlpSpec from(SpecOptions o) {
        o.requireKnownKeys(KEYS);
        return new PaperMlpSpec(o.doubleValue("dropout", 0.25, 0, 1));
    }

    @Override
    public String family() {
        return "mlp-paper";
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("dropout", dropout);
        return s;
    }

    @Override
    public Architecture resolve(ModelInput input) {
        ArchitectureBuilder b = ArchitectureBuilder.flat(canonical(), input);
        MlpSpec.hiddenLayers(b, HIDDEN, Activation.RELU, dropout, false);
        return b.output();
    }

    @Override
    public String toString() {
        return canonical();
    }
}
