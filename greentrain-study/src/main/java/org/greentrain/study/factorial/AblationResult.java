package org.greentrain.study.factorial;

import java.util.List;
import org.greentrain.study.stats.FactorialAnalysis;

/**
 * What an ablation holds after a runner pass: every finished run of the design (earlier passes included) and the
 * statistics over them.
 *
 * @param design        the design
 * @param study         name of the study in the storage
 * @param storage       where the runs are stored, for example {@code sqlite:ablate.db}
 * @param trainRows     rows each run trained on
 * @param sets          the hyperparameter sets, used in every cell
 * @param runs          the finished runs, in trial order
 * @param alreadyDone   runs finished before this pass
 * @param ranNow        runs this pass finished
 * @param contended     runs this pass measured on a contended machine and discarded (stored as FAIL)
 * @param failedNow     reasons of the runs that failed in this pass
 * @param analysis      the statistics, or null when the finished runs do not allow them yet
 * @param analysisNote  why there are no statistics, or null
 */
public record AblationResult(AblationDesign design, String study, String storage, int trainRows,
                             List<HyperparameterSet> sets, List<AblationRun> runs, int alreadyDone, int ranNow,
                             int contended, List<String> failedNow, FactorialAnalysis analysis, String analysisNote) {

    public AblationResult {
        sets = List.copyOf(sets);
        runs = List.copyOf(runs);
        failedNow = List.copyOf(failedNow);
    }

    /** Whether every run of the design is finished. */
    public boolean complete() {
        return runs.size() == design.totalRuns();
    }

    /** The distinct energy provenances of the runs; more than one means their joules are not comparable as is. */
    public List<String> provenances() {
        return runs.stream().map(AblationRun::energyProvenance).distinct().toList();
    }
}
