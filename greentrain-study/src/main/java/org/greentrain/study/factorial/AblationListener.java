package org.greentrain.study.factorial;

import java.util.List;

/** Progress callbacks of an {@link AblationRunner}, on the thread that trains; for progress bars and logs. */
public interface AblationListener {

    /** A listener that ignores everything. */
    AblationListener NONE = new AblationListener() {
    };

    /** Before anything trains, with the runs finished earlier and the number of runs of the design. */
    default void onStart(List<AblationRun> alreadyDone, int total) {
    }

    /** Before the unmeasured warm-up run of a cell. */
    default void onWarmup(Cell cell) {
    }

    /** Before a run trains; {@code done} runs of {@code total} are finished. */
    default void onRunStart(RunKey run, int done, int total) {
    }

    /** After a run was stored. */
    default void onRunFinished(AblationRun run, int done, int total) {
    }

    /** After a run failed (it was stored as FAIL and runs again on resume). */
    default void onRunFailed(RunKey run, String reason) {
    }
}
