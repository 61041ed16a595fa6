package org.greentrain.cli.common;

/** The exit codes every greentrain command uses. */
public final class ExitCodes {

    /** The work succeeded. */
    public static final int OK = 0;
    /** The work itself failed. */
    public static final int FAILED = 1;
    /** Bad usage or bad input. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
