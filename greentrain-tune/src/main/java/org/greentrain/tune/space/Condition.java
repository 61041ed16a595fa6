package org.greentrain.tune.space;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Makes a parameter active only when a categorical parent takes one of some values, for example {@code momentum} only
 * when {@code opt=sgd}. Written {@code name[parent=a|b]=domain} in spec strings.
 *
 * @param parent the categorical parameter this one depends on
 * @param values the parent values that activate the parameter
 */
public record Condition(String parent, Set<String> values) {

    public Condition {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("condition on '" + parent + "' needs at least one value");
        }
        values = Set.copyOf(values);
    }

    /** Whether the parameter is active given the values chosen so far ({@code null} for an inactive parent). */
    public boolean isMet(Map<String, Object> chosen) {
        Object v = chosen.get(parent);
        return v != null && values.contains(v.toString());
    }

    /** The bracket form with values sorted, for example {@code [opt=rmsprop|sgd]}. */
    public String canonical() {
        return "[" + parent + "=" + String.join("|", new TreeSet<>(values)) + "]";
    }
}
