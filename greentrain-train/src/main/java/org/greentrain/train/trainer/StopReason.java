package org.greentrain.train.trainer;

/** Why a training run ended. */
public enum StopReason {
    /** Every planned epoch ran. */
    COMPLETED,
    /** The evaluation set stopped improving for the early-stopping patience. */
    EARLY_STOPPED
}
