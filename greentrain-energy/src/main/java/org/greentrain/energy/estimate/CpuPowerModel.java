package org.greentrain.energy.estimate;

/**
 * The linear CPU power model: {@code P = idle + (tdp - idle) x utilisation}. Because it is linear, its energy over any
 * interval depends only on elapsed time and busy CPU time, so it needs no sampling.
 *
 * @param tdpWatts  power at full utilisation of the CPUs this machine can see
 * @param idleWatts power at zero utilisation
 * @param basis     how the two figures were chosen, for the record
 */
public record CpuPowerModel(double tdpWatts, double idleWatts, String basis) {

    public CpuPowerModel {
        if (!(tdpWatts > 0) || Double.isInfinite(tdpWatts)) {
            throw new IllegalArgumentException("CPU TDP must be a positive number of watts, got " + tdpWatts);
        }
        if (!(idleWatts >= 0) || idleWatts > tdpWatts) {
            throw new IllegalArgumentException(
                    "CPU idle power must be between 0 and the TDP (" + tdpWatts + " W), got " + idleWatts);
        }
    }

    /**
     * Energy over an interval.
     *
     * @param seconds        elapsed wall time
     * @param busyCpuSeconds busy CPU time summed over all CPUs
     * @param cpus           number of CPUs the time is spread over
     */
    public double joules(double seconds, double busyCpuSeconds, int cpus) {
        double utilisedSeconds = Math.min(seconds, busyCpuSeconds / Math.max(1, cpus));
        return idleWatts * seconds + (tdpWatts - idleWatts) * Math.max(0, utilisedSeconds);
    }
}
