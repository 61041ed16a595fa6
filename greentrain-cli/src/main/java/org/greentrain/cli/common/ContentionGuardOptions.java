package org.greentrain.cli.common;

import picocli.CommandLine.Option;

/**
 * {@code --min-cpu-share}: the guard of commands whose runs are compared by their energy (ablations): a run measured
 * while other load took the machine is discarded and run again, since that load inflates its time and joules.
 */
public final class ContentionGuardOptions {

    @Option(names = "--min-cpu-share", paramLabel = "FRACTION", defaultValue = "0.9",
            description = "Discard and rerun (up to 3 times, then on resume) a run during which greentrain had less "
                    + "than this share of the machine's CPU time: other load inflates time and energy "
                    + "(default: ${DEFAULT-VALUE}; 0 turns it off).")
    double minCpuShare;

    /** The least share of the machine's CPU time a run must have had to count. */
    public double minCpuShare() {
        return minCpuShare;
    }
}
