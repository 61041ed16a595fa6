package org.greentrain.train.trainer;

/**
 * Progress callbacks of a training run, called on the training thread, for example to drive a progress bar. The
 * library itself never prints. Implementations should return quickly: {@link #onBatch} runs once per step.
 */
public interface TrainingListener {

    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() {
    };

    /**
     * At the start of each part of every optimizer step, in {@link StepStage} order; {@link StepStage#DATA} of the
     * epoch's first step comes before any of its work, and {@link StepStage#CHECK} of its last step is followed by
     * {@link #onBatch} for that step.
     */
    default void onStepStage(StepStage stage) {
    }

    /** After each optimizer step. */
    default void onBatch(BatchProgress progress) {
    }

    /** After each epoch, with its record. */
    default void onEpoch(EpochRecord record) {
    }

    /**
     * After the pre-training of a {@link DataPlan.ForgettingEvents} run, with what the rows to keep were chosen by:
     * the forgetting events of each training row, and whether the network got it right at the last pass (a row never
     * got right is unlearned); for example to see which rows the network found hard.
     */
    default void onForgettingEvents(int[] forgetCounts, boolean[] lastCorrect) {
    }
}
