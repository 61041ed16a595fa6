package org.greentrain.train.trainer;

/**
 * The parts of one optimizer step, in the order the trainer runs them. {@link TrainingListener#onStepStage} is called
 * at the start of each, once per step, so a listener can mark where one part ends and the next begins (the operator
 * profiler issues a marker operation there to tell the operators of each part apart).
 */
public enum StepStage {
    /** Gathering the batch rows (features, labels, weights) from the whole-set arrays. */
    DATA,
    /** The network's forward pass. */
    FORWARD,
    /** The cross-entropy loss of the batch. */
    LOSS,
    /** Back-propagation of the loss to every parameter's gradient. */
    BACKWARD,
    /** Writing the batch loss and correct count into the epoch's engine-side buffers. */
    RECORD,
    /** The optimizer's update of every parameter, which also clears the gradients. */
    UPDATE,
    /** After the update: the periodic read-back of the batch losses to detect divergence, and progress reporting. */
    CHECK
}
