package org.greentrain.energy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an interval of work cost: its duration, its joules per component and in total, the uncertainty band of that
 * total, and its carbon footprint. Phases nest: a run holds its epochs, an epoch may hold finer phases.
 *
 * <p>The total is the sum of the components flagged {@code inTotal}: package + DRAM + GPU counters where they exist, and
 * estimates only for components no counter covers. psys is reported beside the total, never inside it.
 *
 * @param label              the run or phase name
 * @param startedAt          wall-clock start
 * @param durationSeconds    elapsed seconds
 * @param energyJoules       total joules
 * @param energyLowerJoules  lowest plausible total (sum of component lower bounds)
 * @param energyUpperJoules  highest plausible total (sum of component upper bounds)
 * @param components         per-component figures, including those not in the total
 * @param carbon             the footprint of the total
 * @param processCpuSeconds  CPU seconds used by this JVM and the children it waited for during the interval
 * @param machineCpuSeconds  CPU seconds used by the whole machine during the interval (0 where /proc is absent)
 * @param phases             nested phases, in the order they were closed
 */
public record Measurement(
        String label,
        Instant startedAt,
        double durationSeconds,
        double energyJoules,
        double energyLowerJoules,
        double energyUpperJoules,
        List<ComponentEnergy> components,
        Carbon carbon,
        double processCpuSeconds,
        double machineCpuSeconds,
        List<Measurement> phases) {

    public Measurement {
        components = List.copyOf(components);
        phases = List.copyOf(phases);
    }

    /** Grams of CO2e of the total. */
    public double co2eGrams() {
        return carbon.co2eGrams();
    }

    /** Mean power over the interval, 0 for an empty interval. */
    public double meanPowerWatts() {
        return durationSeconds > 0 ? energyJoules / durationSeconds : 0;
    }

    /** The components that make up the total. */
    public List<ComponentEnergy> totalComponents() {
        return components.stream().filter(ComponentEnergy::inTotal).toList();
    }

    /** The psys (platform) figure, when the machine exposes one. */
    public Optional<ComponentEnergy> psys() {
        return components.stream().filter(c -> c.provenance() == Provenance.RAPL_PSYS).findFirst();
    }

    /**
     * Whether every component of the total comes from a hardware counter. Comparisons between a measured and an
     * estimated run should say so.
     */
    public boolean fullyMeasured() {
        return totalComponents().stream().allMatch(c -> c.provenance().isHardwareCounter());
    }

    /** The distinct provenances of the total, for example {@code tdp-estimate+ram-estimate}. */
    public String provenanceSummary() {
        return String.join("+", totalComponents().stream().map(c -> c.provenance().id()).distinct().toList());
    }

    /** Fraction of the machine's CPU work done by this process and its children; 1 when unknown. */
    public double processShare() {
        return machineCpuSeconds > 0 ? Math.min(1.0, processCpuSeconds / machineCpuSeconds) : 1.0;
    }

    /** The phase with this label, searched depth-first. */
    public Optional<Measurement> phase(String phaseLabel) {
        for (Measurement p : phases) {
            if (p.label.equals(phaseLabel)) {
                return Optional.of(p);
            }
            Optional<Measurement> nested = p.phase(phaseLabel);
            if (nested.isPresent()) {
                return nested;
            }
        }
        return Optional.empty();
    }
}
