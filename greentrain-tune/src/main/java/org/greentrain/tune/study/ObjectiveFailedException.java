package org.greentrain.tune.study;

/**
 * Thrown by an objective that failed in an expected way; its message alone becomes the trial's fail reason (other
 * exceptions are reported with their class name).
 */
public class ObjectiveFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ObjectiveFailedException(String message) {
        super(message);
    }
}
