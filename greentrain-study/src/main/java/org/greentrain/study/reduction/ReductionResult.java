package org.greentrain.study.reduction;

import java.util.List;
import org.greentrain.energy.RunEnvironment;

/**
 * What a pass of a reduction study left: every finished run (of this pass and earlier ones), what this pass did, the
 * statistics over all finished runs, and the environments the runs ran in.
 *
 * @param design       the design
 * @param study        the study's name
 * @param storage      where it is stored
 * @param trainRows    rows of each repeat's training part
 * @param testRows     rows of each repeat's test part
 * @param runs         every finished run, in trial order
 * @param alreadyDone  runs finished before this pass
 * @param ranNow       runs finished by this pass
 * @param failedNow    runs this pass left failed, each described with its reason; they run again on resume
 * @param statistics   medians, correlations and baseline over {@code runs}
 * @param environments the distinct environments of the study's runs
 */
public record ReductionResult(ReductionDesign design, String study, String storage, int trainRows, int testRows,
                              List<ReductionRun> runs, int alreadyDone, int ranNow, List<String> failedNow,
                              ReductionStatistics statistics, List<RunEnvironment> environments) {

    public ReductionResult {
        runs = List.copyOf(runs);
        failedNow = List.copyOf(failedNow);
        environments = List.copyOf(environments);
    }

    /** Whether every run of the design is finished. */
    public boolean complete() {
        return runs.size() == design.totalRuns();
    }
}
