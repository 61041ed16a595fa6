package org.greentrain.train.profile;

/**
 * A trace file that cannot be read as the PyTorch profiler's Chrome trace: truncated, not JSON, another format or
 * version, or an event without the fields the analysis needs. The message is one line naming the file and the
 * problem; it is an {@link IllegalArgumentException}, so the command line reports it as bad input.
 */
public final class TraceFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public TraceFormatException(String message) {
        super(message);
    }

    public TraceFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
