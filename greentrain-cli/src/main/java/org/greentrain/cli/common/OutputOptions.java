package org.greentrain.cli.common;

import picocli.CommandLine.Option;

/** The output options every command shares: machine-readable JSON, and quiet mode without progress bars. */
public final class OutputOptions {

    @Option(names = "--json", description = "Print one machine-readable JSON object on stdout.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress bars or notes on stderr.")
    boolean quiet;

    public boolean json() {
        return json;
    }

    public boolean quiet() {
        return quiet;
    }

    /** Whether progress bars should be drawn: not when quiet, and only on an interactive terminal. */
    public boolean progress() {
        return !quiet && System.console() != null;
    }
}
