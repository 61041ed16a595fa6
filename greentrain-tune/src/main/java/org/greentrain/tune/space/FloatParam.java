package org.greentrain.tune.space;

import java.util.Optional;

/**
 * A real-valued parameter in [low, high], sampled uniformly or, with {@code log}, log-uniformly.
 *
 * @param name      the parameter name
 * @param low       inclusive lower bound
 * @param high      inclusive upper bound, at least {@code low}
 * @param log       whether the scale is logarithmic (then {@code low > 0})
 * @param conditionOrNull when the parameter is active, or null
 */
public record FloatParam(String name, double low, double high, boolean log, Condition conditionOrNull)
        implements Param {

    public FloatParam {
        SpaceChecks.name(name);
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("parameter '" + name + "': bounds must be finite numbers");
        }
        if (low > high) {
            throw new IllegalArgumentException("parameter '" + name + "': low " + low + " > high " + high);
        }
        if (log && low <= 0) {
            throw new IllegalArgumentException("parameter '" + name + "': log scale needs low > 0, got " + low);
        }
    }

    /** An unconditional parameter. */
    public FloatParam(String name, double low, double high, boolean log) {
        this(name, low, high, log, null);
    }

    @Override
    public Optional<Condition> condition() {
        return Optional.ofNullable(conditionOrNull);
    }

    @Override
    public String canonicalDomain() {
        return low + ".." + high + (log ? ":log" : "");
    }

    /** {@code low} in the sampler's working scale (log for log parameters). */
    public double scaledLow() {
        return log ? Math.log(low) : low;
    }

    /** {@code high} in the sampler's working scale. */
    public double scaledHigh() {
        return log ? Math.log(high) : high;
    }

    /** Maps a working-scale number back to a value, clamped into [low, high]. */
    public double unscale(double scaled) {
        double v = log ? Math.exp(scaled) : scaled;
        return Math.min(high, Math.max(low, v));
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
        double span = scaledHigh() - scaledLow();
        return span == 0 ? 0.5 : (scale(((Number) value).doubleValue()) - scaledLow()) / span;
    }

    @Override
    public boolean contains(Object value) {
        return value instanceof Double && (Double) value >= low && (Double) value <= high;
    }

    @Override
    public Object parseValue(String text) {
        return Double.parseDouble(text);
    }

    @Override
    public String format(Object value) {
        return Double.toString((Double) value);
    }
}
