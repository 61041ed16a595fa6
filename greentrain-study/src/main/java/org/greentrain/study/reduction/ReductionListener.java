package org.greentrain.study.reduction;

import java.util.List;

/** Progress callbacks of a {@link ReductionRunner}, called on its thread, for example to drive a progress bar. */
public interface ReductionListener {

    /** A listener that ignores everything. */
    ReductionListener NONE = new ReductionListener() {
    };

    /** Before the first run of a pass, with the runs already finished before it. */
    default void onStart(List<ReductionRun> alreadyDone, int total) {
    }

    /** Before a run starts; {@code done} runs of {@code total} are finished. */
    default void onRunStart(RunKey run, int done, int total) {
    }

    /** After each epoch of the run in progress. */
    default void onEpoch(RunKey run, int epoch, int epochs) {
    }

    /** After a run was stored. */
    default void onRunFinished(ReductionRun run, int done, int total) {
    }

    /** After a run failed and was stored as FAIL; it runs again when the study resumes. */
    default void onRunFailed(RunKey run, String reason) {
    }
}
