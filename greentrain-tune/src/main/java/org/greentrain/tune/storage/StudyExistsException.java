package org.greentrain.tune.storage;

/** Thrown when a study is created under a name that is already taken (possibly by a concurrent worker). */
public class StudyExistsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public StudyExistsException(String message) {
        super(message);
    }
}
