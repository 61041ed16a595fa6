package org.greentrain.study.architecture;

import java.util.List;

/**
 * What an architecture study holds after a runner pass, and what the pass did.
 *
 * @param snapshot        everything the study holds now (earlier passes included)
 * @param data            the rows the runs trained and were scored on, in words
 * @param runsAlreadyDone runs finished before this pass
 * @param runsRunNow      runs this pass finished
 * @param runsContended   runs this pass measured on a contended machine and discarded (stored as FAIL)
 * @param failedNow       reasons of the runs that failed in this pass; they run again on resume
 * @param profiledNow     cells this pass profiled
 */
public record ArchitectureResult(ArchitectureSnapshot snapshot, String data, int runsAlreadyDone, int runsRunNow,
                                 int runsContended, List<String> failedNow, int profiledNow) {

    public ArchitectureResult {
        failedNow = List.copyOf(failedNow);
    }
}
