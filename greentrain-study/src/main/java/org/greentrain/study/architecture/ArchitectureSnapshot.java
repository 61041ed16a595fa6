package org.greentrain.study.architecture;

import java.util.List;
import org.greentrain.energy.RunEnvironment;
import org.greentrain.study.factorial.AblationRun;
import org.greentrain.study.stats.FactorialAnalysis;
import org.greentrain.study.stats.ParetoFront;

/**
 * Everything an architecture study holds at one moment: its design, the finished runs with their statistics, the
 * operator profile of each cell profiled so far, and the environments it ran in. The command line prints it and the
 * report draws it.
 *
 * @param study        name of the study
 * @param storage      where it is stored, for example {@code sqlite:greentrain-studies.db}
 * @param design       the design
 * @param runs         the finished runs, in trial order
 * @param analysis     the statistics of the runs, or null while they do not allow any
 * @param analysisNote why there are no statistics, or null
 * @param profiles     the cell profiles stored so far, in design order
 * @param environments the distinct environments the study ran in, first first
 */
public record ArchitectureSnapshot(String study, String storage, ArchitectureDesign design, List<AblationRun> runs,
                                   FactorialAnalysis analysis, String analysisNote, List<CellProfile> profiles,
                                   List<RunEnvironment> environments) {

    public ArchitectureSnapshot {
        runs = List.copyOf(runs);
        profiles = List.copyOf(profiles);
        environments = List.copyOf(environments);
    }

    /** Whether every run of the design is finished and every cell profiled. */
    public boolean complete() {
        return runs.size() == design.totalRuns() && profiles.size() == design.ablation().models().cells().size();
    }

    /** The distinct energy provenances of the runs; more than one means their joules are not comparable as is. */
    public List<String> provenances() {
        return runs.stream().map(AblationRun::energyProvenance).distinct().toList();
    }

    /** The runs no other run beats on both energy (lower) and accuracy (higher), cheapest first. */
    public List<AblationRun> paretoFront() {
        return ParetoFront.of(runs, AblationRun::energyJoules, AblationRun::accuracy);
    }
}
