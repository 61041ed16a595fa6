package org.greentrain.train.profile;

/** The training runs of one profile, in the order they run (see {@link OperatorProfiler}). */
public enum ProfileRun {
    /** A few unmeasured steps that load native code and warm caches. */
    WARMUP("warm-up"),
    /** The interval trained without the profiler, for the throughput it should have. */
    UNPROFILED("unprofiled"),
    /** The interval trained under the operator profiler. */
    PROFILED("profiled");

    private final String id;

    ProfileRun(String id) {
        this.id = id;
    }

    /** A short name for progress output. */
    public String id() {
        return id;
    }
}
