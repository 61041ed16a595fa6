package org.greentrain.tune.space;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A choice among named values, for example {@code opt=adam|sgd}. The order of the choices is kept: it fixes the
 * index encoding used by samplers.
 *
 * @param name            the parameter name
 * @param choices         the distinct choices, at least one
 * @param conditionOrNull when the parameter is active, or null
 */
public record CategoricalParam(String name, List<String> choices, Condition conditionOrNull) implements Param {

    public CategoricalParam {
        SpaceChecks.name(name);
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("parameter '" + name + "': empty categorical");
        }
        var seen = new HashSet<String>();
        for (String c : choices) {
            if (c.isEmpty()) {
                throw new IllegalArgumentException("parameter '" + name + "': empty categorical choice");
            }
            if (!seen.add(c)) {
                throw new IllegalArgumentException("parameter '" + name + "': duplicate choice '" + c + "'");
            }
        }
        choices = List.copyOf(choices);
    }

    /** An unconditional parameter. */
    public CategoricalParam(String name, List<String> choices) {
        this(name, choices, null);
    }

    @Override
    public Optional<Condition> condition() {
        return Optional.ofNullable(conditionOrNull);
    }

    @Override
    public String canonicalDomain() {
        return String.join("|", choices);
    }

    /** The number of choices. */
    public int size() {
        return choices.size();
    }

    /** The index of a choice, or -1. */
    public int indexOf(Object value) {
        return choices.indexOf(String.valueOf(value));
    }

    @Override
    public Object fromUnit(double u) {
        int i = (int) Math.floor(u * choices.size());
        return choices.get(Math.max(0, Math.min(choices.size() - 1, i)));
    }

    @Override
    public double toUnit(Object value) {
        return (indexOf(value) + 0.5) / choices.size();
    }

    @Override
    public boolean contains(Object value) {
        return value instanceof String && choices.contains(value);
    }

    @Override
    public Object parseValue(String text) {
        return text;
    }

    @Override
    public String format(Object value) {
        return (String) value;
    }
}
