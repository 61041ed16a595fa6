package org.greentrain.energy.estimate;

import java.util.Optional;

/**
 * Chooses the {@link CpuPowerModel} for this machine: the user's overrides first, then the TDP table scaled to the
 * CPUs this process can see (a VM that sees 2 threads of a 64-thread chip gets 2/64 of its TDP), then a per-thread
 * default for unknown models.
 */
public final class CpuPowerModels {

    /**
     * Watts per hardware thread when the model is unknown. CodeCarbon uses the same default; desktop and server chips
     * fall between 2 and 6 W per thread at TDP.
     */
    public static final double DEFAULT_WATTS_PER_THREAD = 4.0;

    /** Idle power as a fraction of TDP when not given; CodeCarbon's CPU model uses the same 10% floor. */
    public static final double DEFAULT_IDLE_FRACTION = 0.10;

    private CpuPowerModels() {
    }

    /**
     * Resolves the model.
     *
     * @param cpuModelName   the {@code /proc/cpuinfo} model name
     * @param visibleThreads CPUs this machine or VM exposes
     * @param tdpOverride    user-given TDP in watts, for the visible CPUs
     * @param idleOverride   user-given idle watts
     * @param table          the TDP table
     */
    public static CpuPowerModel resolve(String cpuModelName, int visibleThreads, Optional<Double> tdpOverride,
                                        Optional<Double> idleOverride, TdpTable table) {
        double tdp;
        String basis;
        if (tdpOverride.isPresent()) {
            tdp = tdpOverride.get();
            basis = "TDP " + fmt(tdp) + " W given by the user";
        } else {
            Optional<TdpTable.Entry> entry = table.lookup(cpuModelName);
            if (entry.isPresent() && entry.get().threads() > 0 && entry.get().threads() != visibleThreads) {
                TdpTable.Entry e = entry.get();
                tdp = e.tdpWatts() * visibleThreads / e.threads();
                basis = String.format("%s TDP %s W x %d/%d visible threads (%s)", e.model(), fmt(e.tdpWatts()),
                        visibleThreads, e.threads(), e.source());
            } else if (entry.isPresent()) {
                tdp = entry.get().tdpWatts();
                basis = String.format("%s TDP %s W (%s)", entry.get().model(), fmt(tdp), entry.get().source());
            } else {
                tdp = DEFAULT_WATTS_PER_THREAD * visibleThreads;
                basis = String.format("unknown CPU model '%s': default %s W per thread x %d threads",
                        cpuModelName, fmt(DEFAULT_WATTS_PER_THREAD), visibleThreads);
            }
        }
        double idle = idleOverride.orElse(tdp * DEFAULT_IDLE_FRACTION);
        basis += idleOverride.isPresent() ? ", idle " + fmt(idle) + " W given by the user"
                : ", idle " + fmt(idle) + " W (10% of TDP)";
        return new CpuPowerModel(tdp, idle, basis);
    }

    private static String fmt(double watts) {
        return watts == Math.rint(watts) ? String.valueOf((long) watts) : String.format("%.2f", watts);
    }
}
