package org.greentrain.train.profile;

/**
 * Which pass of a training step an operator belongs to: the forward pass (including the loss), the backward pass
 * (everything the autograd engine runs), the optimizer's update, or none of them (moving data, recording metrics).
 */
public enum Pass {
    /** The forward pass and the loss. */
    FORWARD("forward"),
    /** Back-propagation, run by PyTorch's autograd engine. */
    BACKWARD("backward"),
    /** The optimizer's parameter update. */
    UPDATE("update"),
    /** Work outside the three passes. */
    NONE("none");

    private final String id;

    Pass(String id) {
        this.id = id;
    }

    /** The name used in tables and JSON. */
    public String id() {
        return id;
    }
}
