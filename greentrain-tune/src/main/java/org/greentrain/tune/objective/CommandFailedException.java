package org.greentrain.tune.objective;

/** An external command failed or printed no usable result; its message is the trial's one-line fail reason. */
public class CommandFailedException extends org.greentrain.tune.study.ObjectiveFailedException {

    private static final long serialVersionUID = 1L;

    public CommandFailedException(String message) {
        super(message);
    }
}
