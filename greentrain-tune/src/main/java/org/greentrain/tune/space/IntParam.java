package org.greentrain.tune.space;

import java.util.Optional;

/**
 * An integer parameter in [low, high] (both inclusive), sampled uniformly or, with {@code log}, log-uniformly and
 * rounded. Written {@code layers=1..4:int} or {@code units=16..512:int:log}.
 *
 * @param name            the parameter name
 * @param low             inclusive lower bound
 * @param high            inclusive upper bound
 * @param log             whether the scale is logarithmic (then {@code low > 0})
 * @param conditionOrNull when the parameter is active, or null
 */
public record IntParam(String name, long low, long high, boolean log, Condition conditionOrNull) implements Param {

    public IntParam {
        SpaceChecks.name(name);
        if (low > high) {
            throw new IllegalArgumentException("parameter '" + name + "': low " + low + " > high " + high);
        }
        if (log && low <= 0) {
            throw new IllegalArgumentException("parameter '" + name + "': log scale needs low > 0, got " + low);
        }
    }

    /** An unconditional parameter. */
    public IntParam(String name, long low, long high, boolean log) {
        this(name, low, high, log, null);
    }

    @Override
    public Optional<Condition> condition() {
        return Optional.ofNullable(conditionOrNull);
    }

    @Override
    public String canonicalDomain() {
        return low + ".." + high + ":int" + (log ? ":log" : "");
    }

    /**
     * The working-scale interval widened by half a unit on each side, so that rounding gives every integer an equal
     * share in linear scale: [low - 0.5, high + 0.5], or its log for log parameters (low >= 1 there).
     */
    public double scaledLow() {
        return log ? Math.log(low - 0.5) : low - 0.5;
    }

    /** See {@link #scaledLow()}. */
    public double scaledHigh() {
        return log ? Math.log(high + 0.5) : high + 0.5;
    }

    /** Rounds a working-scale number to the nearest integer in [low, high]. */
    public long unscale(double scaled) {
        double v = log ? Math.exp(scaled) : scaled;
        long r = Math.round(v);
        return Math.min(high, Math.max(low, r));
    }

    /** Maps a value to the working scale. */
    public double scale(double value) {
        return log ? Math.log(value) : value;
    }

    @Override
    public Object fromUnit(double u) {
        return unscale(scaledLow() + u * (scaledHigh() - scaledLow()));
    }

    @Override
    public double toUnit(Object value) {
        double v = ((Number) value).doubleValue();
        return (scale(v) - scaledLow()) / (scaledHigh() - scaledLow());
    }

    @Override
    public boolean contains(Object value) {
        return value instanceof Long && (Long) value >= low && (Long) value <= high;
    }

    @Override
    public Object parseValue(String text) {
        return Long.parseLong(text);
    }

    @Override
    public String format(Object value) {
        return Long.toString((Long) value);
    }
}
