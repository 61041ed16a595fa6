package org.greentrain.tune.study;

/** Thrown by an objective to stop its trial after {@link Trial#shouldPrune()} said so; the trial becomes PRUNED. */
public class TrialPrunedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TrialPrunedException() {
        super("trial pruned");
    }
}
