package org.greentrain.train.trainer;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.greentrain.train.spec.SpecFormat;

/**
 * How much each class weighs in the training loss. {@code none}: every example counts the same. {@code balanced}:
 * class {@code c} weighs {@code N / (C n_c)}, computed on the training set before any reduction (the data-reduction
 * paper computed it on its full dataset); a class without training rows gets 0. Explicit: one positive weight per
 * class, written {@code 1,2.5,1}. The loss is then {@code sum(w_y * nll) / sum(w_y)} per batch, as PyTorch's
 * {@code CrossEntropyLoss(weight=...)}.
 */
public sealed interface ClassWeighting {

    /** The weight per class for a training set with {@code classCounts} rows per class, or null for no weighting. */
    float[] weights(int[] classCounts);

    /** The canonical text form. */
    @JsonValue
    String canonical();

    /** Every example weighs the same. */
    ClassWeighting NONE = new Uniform();

    /** {@code N / (C n_c)}. */
    ClassWeighting BALANCED = new Balanced();

    /** Unweighted loss. */
    record Uniform() implements ClassWeighting {
        @Override
        public float[] weights(int[] classCounts) {
            return null;
        }

        @Override
        public String canonical() {
            return "none";
        }
    }

    /** Weights inversely proportional to class frequency. */
    record Balanced() implements ClassWeighting {
        @Override
        public float[] weights(int[] classCounts) {
            long total = Arrays.stream(classCounts).asLongStream().sum();
            float[] w = new float[classCounts.length];
            for (int c = 0; c < w.length; c++) {
                w[c] = classCounts[c] == 0 ? 0f
                        : (float) ((double) total / ((double) classCounts.length * classCounts[c]));
            }
            return w;
        }

        @Override
        public String canonical() {
            return "balanced";
        }
    }

    /**
     * Weights given by the user.
     *
     * @param values one positive weight per class, in label order
     */
    record Explicit(List<Double> values) implements ClassWeighting {
        public Explicit {
            values = List.copyOf(values);
            if (values.isEmpty() || values.stream().anyMatch(v -> !(v > 0) || v.isInfinite())) {
                throw new IllegalArgumentException("class weights must be positive numbers, got " + values);
            }
        }

        @Override
        public float[] weights(int[] classCounts) {
            if (classCounts.length != values.size()) {
                throw new IllegalArgumentException(values.size() + " class weights given for " + classCounts.length
                        + " classes");
            }
            float[] w = new float[values.size()];
            for (int c = 0; c < w.length; c++) {
                w[c] = values.get(c).floatValue();
            }
            return w;
        }

        @Override
        public String canonical() {
            return values.stream().map(SpecFormat::number).collect(Collectors.joining(","));
        }
    }

    /**
     * Parses {@code none}, {@code balanced} or comma-separated weights such as {@code 1,2.5,1}.
     *
     * @throws IllegalArgumentException for anything else
     */
    static ClassWeighting parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("none")) {
            return NONE;
        }
        if (t.equals("balanced")) {
            return BALANCED;
        }
        try {
            return new Explicit(Arrays.stream(t.split(",", -1)).map(s -> Double.valueOf(s.trim())).toList());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("class weights must be none, balanced or numbers like 1,2.5,1; got '"
                    + text + "'");
        }
    }
}
