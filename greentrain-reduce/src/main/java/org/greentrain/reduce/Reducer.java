package org.greentrain.reduce;

import org.greentrain.data.Dataset;
import org.greentrain.energy.EnergyMeter;
import org.greentrain.reduce.param.MethodParams;

/**
 * A data-reduction method: keeps a fraction of a labelled dataset (real rows, or synthetic rows for CLC) and measures
 * what the reduction itself cost. Instances are immutable and thread-safe; build them with {@link ReductionMethod}.
 */
public interface Reducer {

    /** The method's short name, for example {@code mms}. */
    String method();

    /** The parameters this instance runs with. */
    MethodParams params();

    /**
     * Reduces {@code data} to about {@code keepFraction} of its rows, following the method's own size rule.
     *
     * @param keepFraction fraction of rows to keep, in (0, 1]
     * @param seed         seed of every random choice; the same seed gives the same selection
     * @param meter        the meter that measures the reduction
     * @throws IllegalArgumentException for a keep fraction outside (0, 1], an empty dataset or bad parameters
     */
    Reduction reduce(Dataset data, double keepFraction, long seed, EnergyMeter meter);

    /** {@link #reduce(Dataset, double, long, EnergyMeter)} with this machine's default meter, discovered once. */
    default Reduction reduce(Dataset data, double keepFraction, long seed) {
        return reduce(data, keepFraction, seed, SharedMeter.get());
    }
}
