package org.greentrain.tune.study;

/** Why {@link Study#optimize} returned. */
public enum StopReason {
    /** The requested number of trials ran. */
    N_TRIALS,
    /** The next trial was forecast to exceed the energy budget. */
    ENERGY_BUDGET,
    /** A trial reached the target value. */
    TARGET_REACHED,
    /** The sampler's finite space (grid) is used up. */
    SPACE_EXHAUSTED,
    /** The time limit passed. */
    TIMEOUT
}
