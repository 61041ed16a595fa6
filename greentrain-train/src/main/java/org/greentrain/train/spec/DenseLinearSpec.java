package org.greentrain.train.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The green-training paper's DenseLinearNN ({@code denselinear:linear=N}, spec §1.3): {@code N} linear layers
 * including the output, hidden widths {@code h_d = max(floor(F - (d+1) F / N), C)} for {@code d = 0..N-2} (computed
 * exactly in integers as {@code floor(F (N-d-1) / N)}), no activation anywhere.
 *
 * @param linear number of linear layers including the output layer, at least 1
 */
public record DenseLinearSpec(int linear) implements ModelSpec {

    static final List<String> KEYS = List.of("linear");

    public DenseLinearSpec {
        if (linear < 1 || linear > 32) {
            throw new IllegalArgumentException("denselinear linear must be in [1, 32], got " + linear);
        }
    }

    static DenseLinearSpec from(SpecOptions o) {
        o.requireKnownKeys(KEYS);
        return new DenseLinearSpec(o.intValue("linear", 3, 1, 32));
    }

    /** The {@code linear - 1} hidden widths for input size {@code f} and {@code channels} input channels. */
    static List<Integer> widths(int f, int linear, int channels) {
        List<Integer> widths = new ArrayList<>();
        for (int d = 0; d <= linear - 2; d++) {
            widths.add((int) Math.max((long) f * (linear - d - 1) / linear, channels));
        }
        return widths;
    }

    @Override
    public String family() {
        return "denselinear";
    }

    @Override
    public Map<String, Object> settings() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("linear", linear);
        return s;
    }

    @Override
    public Architecture resolve(ModelInput input) {
        ArchitectureBuilder b = ArchitectureBuilder.flat(canonical(), input);
        widths(input.features(), linear, input.channels()).forEach(b::dense);
        return b.output();
    }

    @Override
    public String toString() {
        return canonical();
    }
}
