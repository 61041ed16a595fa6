package org.greentrain.train.profile;

/**
 * What the operator profiler costs: the same interval (same network, seed, data and steps) trained without and with
 * it. The unprofiled interval runs first, after the warm-up, so neither run pays for loading native code.
 *
 * @param samples                training examples per interval
 * @param unprofiledSeconds      wall time of the interval without the profiler
 * @param profiledSeconds        wall time of the interval under the profiler, stage markers included
 * @param unprofiledEnergyJoules measured joules of the interval without the profiler
 * @param profiledEnergyJoules   measured joules of the interval under the profiler
 */
public record ProfilerOverhead(long samples, double unprofiledSeconds, double profiledSeconds,
                               double unprofiledEnergyJoules, double profiledEnergyJoules) {

    /** Throughput without the profiler, examples per second. */
    public double unprofiledSamplesPerSecond() {
        return samples / unprofiledSeconds;
    }

    /** Throughput under the profiler, examples per second. */
    public double profiledSamplesPerSecond() {
        return samples / profiledSeconds;
    }

    /** Profiled over unprofiled throughput: 0.9 means the profiler made training 10% slower. */
    public double throughputRatio() {
        return unprofiledSeconds / profiledSeconds;
    }
}
