package org.greentrain.study.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.greentrain.study.reduction.ReductionResult;
import org.greentrain.study.tuning.TuningResult;

/**
 * What a demo left in its storage: both studies' results (every finished run and round, read back from storage, and
 * what this pass added) and the stored cost of each part.
 *
 * @param design          the demo's design
 * @param storage         where the studies are stored, for messages
 * @param reduction       the reduction study
 * @param tuning          the tuning study
 * @param reductionEnergy the summed cost of the reduction study's finished runs
 * @param tuningEnergy    the summed cost of the tuning study's finished rounds
 */
public record DemoResult(DemoDesign design, String storage, ReductionResult reduction, TuningResult tuning,
                         EnergyTotal reductionEnergy, EnergyTotal tuningEnergy) {

    public DemoResult {
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(reduction, "reduction");
        Objects.requireNonNull(tuning, "tuning");
        Objects.requireNonNull(reductionEnergy, "reductionEnergy");
        Objects.requireNonNull(tuningEnergy, "tuningEnergy");
    }

    /** Runs and rounds that were stored before this pass and reused. */
    public int reused() {
        return reduction.alreadyDone() + tuning.alreadyDone();
    }

    /** Runs and rounds this pass trained. */
    public int trainedNow() {
        return reduction.ranNow() + tuning.ranNow();
    }

    /** Runs and rounds finished in all, as stored. */
    public int finished() {
        return reduction.runs().size() + tuningRounds();
    }

    /** Rounds of the tuning study finished, as stored. */
    public int tuningRounds() {
        return tuning.analysis().traces().stream().mapToInt(t -> t.rounds().size()).sum();
    }

    /** Whether every run and round of the design is finished. */
    public boolean complete() {
        return reduction.complete() && tuning.complete();
    }

    /** What failed in this pass, one line each; it runs again when the demo resumes. */
    public List<String> failures() {
        List<String> out = new ArrayList<>();
        reduction.failedNow().forEach(f -> out.add("reduction run " + f));
        tuning.failure().ifPresent(f -> out.add("tuning round " + f));
        return out;
    }

    /** The cost of both parts together. */
    public EnergyTotal energy() {
        return reductionEnergy.plus(tuningEnergy);
    }
}
