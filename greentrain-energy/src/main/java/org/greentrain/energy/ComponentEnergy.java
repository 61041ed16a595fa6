package org.greentrain.energy;

import java.util.Map;

/**
 * The energy of one hardware component over an interval, for example the CPU packages, DRAM or one GPU.
 *
 * @param name          component name: {@code cpu-package}, {@code dram}, {@code psys}, {@code gpu0}, {@code cpu},
 *                      {@code ram}
 * @param energyJoules  joules over the interval
 * @param provenance    how the figure was obtained
 * @param uncertainty   the band around the figure
 * @param inTotal       whether the figure counts towards the measurement's total; psys never does, since it already
 *                      contains the packages
 * @param partsJoules   per-part breakdown where a component sums several counters (for example per socket);
 *                      empty otherwise
 */
public record ComponentEnergy(
        String name,
        double energyJoules,
        Provenance provenance,
        Uncertainty uncertainty,
        boolean inTotal,
        Map<String, Double> partsJoules) {

    public ComponentEnergy {
        partsJoules = Map.copyOf(partsJoules);
    }

    /** The lowest plausible energy for this component. */
    public double lowerJoules() {
        return uncertainty.lowerJoules(energyJoules);
    }

    /** The highest plausible energy for this component. */
    public double upperJoules() {
        return uncertainty.upperJoules(energyJoules);
    }
}
