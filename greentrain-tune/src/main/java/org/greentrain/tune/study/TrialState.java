package org.greentrain.tune.study;

/** The life cycle of a trial: running until told complete, pruned or failed. */
public enum TrialState {
    /** Asked and not yet told; its parameters may not be chosen yet. */
    RUNNING,
    /** Finished with objective values. */
    COMPLETE,
    /** Stopped early by a pruner; its last intermediate value is kept. */
    PRUNED,
    /** The objective failed, or the worker died (stale heartbeat). */
    FAIL;

    /** Whether the trial has ended. */
    public boolean isFinished() {
        return this != RUNNING;
    }
}
