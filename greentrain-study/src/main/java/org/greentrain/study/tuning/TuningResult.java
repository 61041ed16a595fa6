package org.greentrain.study.tuning;

import java.util.List;
import java.util.Optional;
import org.greentrain.energy.RunEnvironment;

/**
 * What one run of a tuning study did, and the analysis of everything the study has stored.
 *
 * @param studyName    the study's name
 * @param storage      where it is stored
 * @param data         how the training and test rows were made
 * @param analysis     the comparison of the strategies over every finished round
 * @param alreadyDone  rounds that were stored before this run
 * @param ranNow       rounds this run finished
 * @param failure      why a round failed and ended this run, if one did (it runs again on resume)
 * @param environments the environments the study ran in, first first
 */
public record TuningResult(String studyName, String storage, String data, TuningAnalysis analysis, int alreadyDone,
                           int ranNow, Optional<String> failure, List<RunEnvironment> environments) {

    public TuningResult {
        environments = List.copyOf(environments);
    }

    /** Whether every round of the design is finished. */
    public boolean complete() {
        return alreadyDone + ranNow >= analysis.design().totalRounds();
    }
}
