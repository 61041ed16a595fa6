package org.greentrain.tune.study;

import org.greentrain.energy.Measurement;

/**
 * What a trial cost, with the provenance of the figure and its uncertainty band, as stored next to the trial.
 *
 * @param joules          best estimate of the trial's energy
 * @param lowerJoules     lowest plausible energy
 * @param upperJoules     highest plausible energy
 * @param provenance      where the figure came from, for example {@code rapl-package} or {@code tdp-estimate+ram-estimate}
 * @param durationSeconds wall-clock seconds of the trial
 * @param co2eGrams       grams of CO2e, or NaN when unknown
 */
public record TrialEnergy(double joules, double lowerJoules, double upperJoules, String provenance,
                          double durationSeconds, double co2eGrams) {

    public TrialEnergy {
        if (!(joules >= 0) || Double.isInfinite(joules)) {
            throw new IllegalArgumentException("trial energy must be a finite number of joules >= 0, got " + joules);
        }
        if (!(lowerJoules <= joules) || !(upperJoules >= joules)) {
            throw new IllegalArgumentException("energy band [" + lowerJoules + ", " + upperJoules
                    + "] does not contain " + joules + " J");
        }
        if (provenance == null || provenance.isBlank()) {
            throw new IllegalArgumentException("trial energy needs a provenance");
        }
        if (!(durationSeconds >= 0)) {
            throw new IllegalArgumentException("trial duration must be >= 0 s, got " + durationSeconds);
        }
    }

    /** A figure measured elsewhere, without a band: lower = upper = joules. */
    public static TrialEnergy reported(double joules, String provenance, double durationSeconds) {
        return new TrialEnergy(joules, joules, joules, provenance, durationSeconds, Double.NaN);
    }

    /** Converts a meter measurement. */
    public static TrialEnergy of(Measurement m) {
        return new TrialEnergy(m.energyJoules(), Math.min(m.energyLowerJoules(), m.energyJoules()),
                Math.max(m.energyUpperJoules(), m.energyJoules()), m.provenanceSummary().isEmpty() ? "unknown"
                : m.provenanceSummary(), m.durationSeconds(), m.co2eGrams());
    }
}
