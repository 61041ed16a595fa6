package org.greentrain.study.reduction;

import java.util.Optional;
import org.greentrain.energy.Measurement;
import org.greentrain.train.trainer.TrainingResult;
import org.greentrain.tune.study.TrialEnergy;

/**
 * What a run cost as the paper counts it: the reduction plus the training (model set-up and tensors included), the
 * final test evaluation left out. For forgetting events the reduction is the pre-training on all rows with its
 * counting passes and the selection.
 *
 * @param total         reduction + training, with band and provenance
 * @param reduceSeconds seconds of the reduction (0 for the baseline)
 * @param reduceJoules  joules of the reduction (0 for the baseline)
 */
record RunCost(TrialEnergy total, double reduceSeconds, double reduceJoules) {

    /** The cost of {@code result}. */
    static RunCost of(TrainingResult result) {
        Measurement m = result.measurement();
        Optional<Measurement> evaluation = m.phase("final-evaluation");
        double seconds = m.durationSeconds() - evaluation.map(Measurement::durationSeconds).orElse(0.0);
        double joules = m.energyJoules() - evaluation.map(Measurement::energyJoules).orElse(0.0);
        double lower = m.energyLowerJoules() - evaluation.map(Measurement::energyLowerJoules).orElse(0.0);
        double upper = m.energyUpperJoules() - evaluation.map(Measurement::energyUpperJoules).orElse(0.0);
        double co2e = m.co2eGrams() - evaluation.map(Measurement::co2eGrams).orElse(0.0);
        joules = Math.max(0, joules);
        String provenance = m.provenanceSummary().isEmpty() ? "unknown" : m.provenanceSummary();
        TrialEnergy total = new TrialEnergy(joules, Math.min(Math.max(0, lower), joules), Math.max(upper, joules),
                provenance, Math.max(0, seconds), Math.max(0, co2e));
        Measurement reduction = result.reduction() == null ? null : result.reduction().cost();
        return new RunCost(total, reduction == null ? 0 : reduction.durationSeconds(),
                reduction == null ? 0 : Math.min(reduction.energyJoules(), joules));
    }

    /** Seconds of the training alone. */
    double trainSeconds() {
        return Math.max(0, total.durationSeconds() - reduceSeconds);
    }

    /** Joules of the training alone. */
    double trainJoules() {
        return total.joules() - reduceJoules;
    }
}
