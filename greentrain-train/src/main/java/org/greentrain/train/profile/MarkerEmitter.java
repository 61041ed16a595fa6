package org.greentrain.train.profile;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.greentrain.train.trainer.StepStage;

/**
 * Issues the {@link StageMarker} operator of a step stage: an in-place multiplication by one of a tiny tensor made
 * for that stage, a few microseconds that leave every value unchanged. Owns its tensors; close it when done.
 */
final class MarkerEmitter implements AutoCloseable {

    private final NDManager manager;
    private final NDArray[] markers;
    private final NDArray one;

    MarkerEmitter() {
        manager = Engine.getEngine("PyTorch").newBaseManager();
        StepStage[] stages = StepStage.values();
        markers = new NDArray[stages.length];
        for (StepStage stage : stages) {
            markers[stage.ordinal()] = manager.ones(new Shape(StageMarker.shape(stage)));
        }
        one = manager.ones(new Shape(1));
    }

    /** Runs the marker of {@code stage}. */
    void emit(StepStage stage) {
        markers[stage.ordinal()].muli(one);
    }

    @Override
    public void close() {
        manager.close();
    }
}
