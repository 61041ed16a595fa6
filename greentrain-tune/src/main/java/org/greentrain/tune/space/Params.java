package org.greentrain.tune.space;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The parameter values of one trial, by name: {@link Double} for floats, {@link Long} for integers, {@link String} for
 * categoricals. Inactive conditional parameters are absent. Immutable.
 */
public final class Params {

    private final Map<String, Object> values;

    /** Wraps a copy of {@code values}, keeping their order. */
    public Params(Map<String, ?> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The values by name. */
    public Map<String, Object> asMap() {
        return values;
    }

    /** Whether {@code name} has a value (false for an inactive conditional parameter). */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The raw value of {@code name}. */
    public Object get(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new NoSuchElementException("no value for parameter '" + name + "' (unknown or inactive)");
        }
        return v;
    }

    /** A float or integer parameter as a double. */
    public double getDouble(String name) {
        Object v = get(name);
        if (!(v instanceof Number)) {
            throw new IllegalArgumentException("parameter '" + name + "' is categorical, not a number");
        }
        return ((Number) v).doubleValue();
    }

    /** An integer parameter. */
    public long getLong(String name) {
        Object v = get(name);
        if (!(v instanceof Long)) {
            throw new IllegalArgumentException("parameter '" + name + "' is not an integer parameter");
        }
        return (Long) v;
    }

    /** An integer parameter as an int. */
    public int getInt(String name) {
        return Math.toIntExact(getLong(name));
    }

    /** A categorical parameter. */
    public String getString(String name) {
        return get(name).toString();
    }

    /** The number of active parameters. */
    public int size() {
        return values.size();
    }

    /** Whether no parameter is set (a trial whose parameters are not chosen yet). */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Params && ((Params) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
