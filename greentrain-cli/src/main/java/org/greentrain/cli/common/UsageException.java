package org.greentrain.cli.common;

/**
 * Bad usage or bad input, reported as one line with exit code 2. Commands throw it for anything the user can fix by
 * changing the command line or the input files.
 */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
