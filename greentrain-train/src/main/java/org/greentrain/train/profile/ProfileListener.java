package org.greentrain.train.profile;

/** Progress callbacks of {@link OperatorProfiler#profile}, on the training thread; for a progress bar. */
public interface ProfileListener {

    /** A listener that ignores everything. */
    ProfileListener NONE = new ProfileListener() {
    };

    /** Before {@code run} starts its {@code steps} optimizer steps. */
    default void onRun(ProfileRun run, int steps) {
    }

    /** After each optimizer step of {@code run}; {@code step} counts from 1 over all its epochs. */
    default void onStep(ProfileRun run, int step) {
    }
}
