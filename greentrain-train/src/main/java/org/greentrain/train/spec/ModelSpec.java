package org.greentrain.train.spec;

import java.util.Map;

/**
 * A network described as data: a family ({@code mlp}, {@code cnn}, or a named preset from the papers) and its
 * settings. Written as a compact string such as {@code simplecnn:conv=2,linear=3,relu=on} or as a JSON object; both
 * parse into the same value (see {@link ModelSpecs}). A spec is independent of the data; {@link #resolve(ModelInput)}
 * fixes every size for one input shape and class count, and rejects specs that do not fit.
 */
public sealed interface ModelSpec
        permits MlpSpec, PaperMlpSpec, CnnSpec, SimpleCnnSpec, DenseSpec {

    /** The family name, the part before the colon. */
    String family();

    /** Every setting in canonical order, defaults included, as Integer, Double, Boolean, Activation or List values. */
    Map<String, Object> settings();

    /**
     * The exact layers for {@code input}.
     *
     * @throws IllegalArgumentException when the spec does not fit the input, naming the layer and the shape
     */
    Architecture resolve(ModelInput input);

    /** The canonical string: family and every setting in fixed order; parsing it gives an equal spec. */
    default String canonical() {
        return SpecFormat.canonical(this);
    }
}
