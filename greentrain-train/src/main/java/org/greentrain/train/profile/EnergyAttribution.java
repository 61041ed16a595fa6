package org.greentrain.train.profile;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.greentrain.energy.Measurement;

/**
 * Splits the energy the meter measured over a profiled interval among layer types, in proportion to time: a
 * (layer type, pass) whose operators ran for a fraction {@code s} of the interval gets {@code s} of its joules (and of
 * its uncertainty band). The time inside the interval that no operator covers (Java, JNI, the framework between
 * operators, the stage markers) is a row of its own, {@link LayerType#UNATTRIBUTED}, so the rows add up to the
 * interval's joules. When the operators' time exceeds the interval (several recording threads at once), the shares are
 * taken of the operators' time instead and nothing is unattributed.
 *
 * <p>This assumes every second of the interval draws the same power, which a CPU running one operator after another on
 * all its cores roughly does; it cannot tell a power-hungry vectorised convolution from a memory-bound copy of equal
 * length.
 */
public final class EnergyAttribution {

    private EnergyAttribution() {
    }

    /**
     * The rows of a profile.
     *
     * @param breakdown the operator time of the profiled interval's trace
     * @param interval  the meter's measurement of exactly that interval
     * @param costs     the analytic cost of the architecture's layers
     * @param samples   training examples processed in the interval
     */
    public static List<LayerTypeEnergy> attribute(TraceBreakdown breakdown, Measurement interval, List<LayerCost> costs,
                                                  long samples) {
        Map<LayerType, long[]> flops = new EnumMap<>(LayerType.class);
        for (LayerCost c : costs) {
            long[] f = flops.computeIfAbsent(c.type(), t -> new long[2]);
            f[0] += c.forwardFlopsPerSample();
            f[1] += c.backwardFlopsPerSample();
        }
        double operators = breakdown.operatorSeconds();
        double total = Math.max(interval.durationSeconds(), operators);
        List<LayerTypeEnergy> rows = new ArrayList<>();
        for (OperatorTime t : breakdown.rows()) {
            rows.add(row(t.type(), t.pass(), t.seconds(), total, interval, flopsOf(flops, t, samples)));
        }
        rows.add(row(LayerType.UNATTRIBUTED, Pass.NONE, total - operators, total, interval, null));
        return rows;
    }

    /** The sentence that states the attribution model and the provenance of the joules. */
    public static String note(Measurement interval) {
        return "time-proportional attribution of " + interval.provenanceSummary() + " joules: each layer type and "
                + "pass gets the joules measured over the profiled interval in proportion to its operators' self "
                + "time; interval time no operator covers is unattributed";
    }

    private static Long flopsOf(Map<LayerType, long[]> flops, OperatorTime t, long samples) {
        long[] f = flops.get(t.type());
        if (f == null || (t.pass() != Pass.FORWARD && t.pass() != Pass.BACKWARD)) {
            return null;
        }
        return Math.multiplyExact(t.pass() == Pass.FORWARD ? f[0] : f[1], samples);
    }

    private static LayerTypeEnergy row(LayerType type, Pass pass, double seconds, double total, Measurement interval,
                                       Long flops) {
        double share = total > 0 ? seconds / total : 0;
        return new LayerTypeEnergy(type, pass, seconds, share, interval.energyJoules() * share,
                interval.energyLowerJoules() * share, interval.energyUpperJoules() * share, flops);
    }
}
