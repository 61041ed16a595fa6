package org.greentrain.tune.storage;

/** A storage failure (unreachable database, I/O error), with a one-line message that says what to check. */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
