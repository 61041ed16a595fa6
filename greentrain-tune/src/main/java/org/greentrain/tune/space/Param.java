package org.greentrain.tune.space;

import java.util.Optional;

/**
 * One hyperparameter of a {@link SearchSpace}: a float, an integer or a categorical choice, optionally active only
 * under a {@link Condition} on a categorical parent. Values are {@link Double} for floats, {@link Long} for integers
 * and {@link String} for categoricals.
 */
public sealed interface Param permits FloatParam, IntParam, CategoricalParam {

    /** The parameter's name, unique within its space. */
    String name();

    /** The condition under which the parameter is active, or empty when it always is. */
    Optional<Condition> condition();

    /** The domain part of the canonical spec string, for example {@code 1.0E-5..0.1:log}. */
    String canonicalDomain();

    /** The full canonical spec entry, for example {@code momentum[opt=sgd]=0.5..0.99}. */
    default String canonical() {
        return name() + condition().map(Condition::canonical).orElse("") + "=" + canonicalDomain();
    }

    /**
     * Maps a position {@code u} in [0, 1] onto a value: linearly (or log-linearly) for numbers, by index
     * {@code floor(u * k)} for categoricals. Samplers that work in the unit cube decode with this.
     */
    Object fromUnit(double u);

    /** The inverse of {@link #fromUnit(double)}: the centre of the value's cell for categoricals. */
    double toUnit(Object value);

    /** Whether {@code value} is of the right type and inside the domain. */
    boolean contains(Object value);

    /** Parses a value written by {@link #format(Object)}. */
    Object parseValue(String text);

    /** The exact, round-trippable text of a value, as stored. */
    String format(Object value);
}
