package org.greentrain.train.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The green-training paper's two dense networks (spec §1.3), {@code N} linear layers including the output and no
 * activation anywhere, as in the paper's code; they differ only in how the hidden widths shrink (see
 * {@link Widths}). F is the input size and C the input channels (1 for tabular data).
 *
 * @param widths how the hidden widths shrink: DensePolyNN ({@code densepoly:linear=N}) or DenseLinearNN
 *               ({@code denselinear:linear=N})
 * @param linear number of linear layers including the output layer, at least 1
 */
public record DenseSpec(Widths widths, int linear) implements ModelSpec {

    static final List<String> KEYS = List.of("linear");

    /** The width rules of the paper's two dense networks. */
    public enum Widths {
        /** DensePolyNN: {@code h_d = max(floor(F / 2^(d+1)), C)} for {@code d = 0..N-2}. */
        POLY("densepoly") {
            @Override
            int width(int f, int d, int linear) {
                return f >> (d + 1);
            }
        },
        /**
         * DenseLinearNN: {@code h_d = max(floor(F - (d+1) F / N), C)} for {@code d = 0..N-2}, computed exactly in
         * integers as {@code floor(F (N-d-1) / N)}.
         */
        LINEAR("denselinear") {
            @Override
            int width(int f, int d, int linear) {
                return (int) ((long) f * (linear - d - 1) / linear);
            }
        };

        private final String family;

        Widths(String family) {
            this.family = family;
        }

        /** Hidden layer {@code d}'s width before the floor at C. */
        abstract int width(int f, int d, int linear);
    }

    public DenseSpec {
        if (linear < 1 || linear > 32) {
            throw new IllegalArgumentException(widths.family + " linear must be in [1, 32], got " + linear);
        }
    }

    static DenseSpec from(Widths widths, SpecOptions o) {
        o.requireKnownKeys(KEYS);
        return new DenseSpec(widths, o.intValue("linear", 3, 1, 32));
    }

    /** The {@code linear - 1} hidden widths of DensePolyNN, which SimpleCNN's linear part also follows. */
    static List<Integer> polyWidths(int f, int linear, int channels) {
        return hiddenWidths(Widths.POLY, f, linear, channels);
    }

    private static List<Integer> hiddenWidths(Widths rule, int f, int linear, int channels) {
        List<Integer> out = new ArrayList<>();
        for (int d = 0; d <= linear - 2; d++) {
            out.add(Math.max(rule.width(f, d, linear), channels));
        }
        return out;
    }

    @Override
    public String family() {
        return widths.family;
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
        hiddenWidths(widths, input.features(), linear, input.channels()).forEach(b::dense);
        return b.output();
    }

    @Override
    public String toString() {
        return canonical();
    }
}
