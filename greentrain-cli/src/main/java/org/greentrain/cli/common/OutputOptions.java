package org.greentrain.cli.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * Whether progress bars should be drawn: not when quiet, and only when stderr, where they go, is a terminal, even
     * if stdout is redirected ({@code --json > out.json}). Linux tells through {@code /proc/self/fd/2}; elsewhere, a
     * console (stdin and stdout on a terminal) stands in.
     */
    public boolean progress() {
        return !quiet && stderrIsTerminal();
    }

    private static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return System.console() != null;
        }
    }
}
