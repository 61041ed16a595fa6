package org.greentrain.tune.storage;

/**
 * Thrown when a URL opened with {@link OpenMode#EXISTING} or {@link OpenMode#READ} names no greentrain storage (no such
 * file, or a database without greentrain's schema), so that the caller can say so instead of reporting a failure.
 */
public final class NoStorageException extends StorageException {

    private static final long serialVersionUID = 1L;

    /** "no greentrain storage at {@code where} ({@code why})". */
    public NoStorageException(String where, String why) {
        super("no greentrain storage at " + where + " (" + why + ")");
    }
}
