package org.greentrain.study.tuning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.greentrain.energy.Measurement;
import org.greentrain.tune.study.TrialEnergy;

/**
 * What the repeats of one trial have produced so far: their scores and the sum of their measured energy, with the
 * union of provenances and the summed uncertainty band.
 */
final class RepeatTally {

    private final List<Double> accuracies = new ArrayList<>();
    private final List<Double> macroF1s = new ArrayList<>();
    private final Set<String> provenance = new LinkedHashSet<>();
    private int diverged;
    private int measured;
    private double joules;
    private double lower;
    private double upper;
    private double seconds;
    private double co2e;
    private double cpuSeconds;
    private double minShare = 1;

    /** Adds the measurement of one repeat, finished or not. */
    void addEnergy(Measurement m) {
        TrialEnergy e = TrialEnergy.of(m);
        measured++;
        joules += e.joules();
        lower += e.lowerJoules();
        upper += e.upperJoules();
        seconds += e.durationSeconds();
        co2e += e.co2eGrams();
        provenance.add(e.provenance());
        minShare = Math.min(minShare, m.processShare());
        cpuSeconds += m.processCpuSeconds();
    }

    /** Adds the test scores of a repeat that trained to the end. */
    void addScores(double accuracy, double macroF1) {
        accuracies.add(accuracy);
        macroF1s.add(macroF1);
    }

    /** Adds a repeat whose loss diverged, scored {@code accuracy} (a constant prediction's). */
    void addDiverged(double accuracy) {
        accuracies.add(accuracy);
        diverged++;
    }

    /** Joules measured so far. */
    double joules() {
        return joules;
    }

    /** Repeats started, each measured whether it trained to the end, diverged or was pruned. */
    int started() {
        return measured;
    }

    /** The summed energy of the repeats. */
    TrialEnergy energy() {
        return new TrialEnergy(joules, Math.min(lower, joules), Math.max(upper, joules), String.join("+", provenance),
                seconds, co2e);
    }

    /** The mean test accuracy over the scored repeats. */
    double meanAccuracy() {
        return accuracies.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** The scored repeats' accuracies, comma-separated. */
    String accuracyList() {
        return String.join(",", accuracies.stream().map(a -> String.format(Locale.ROOT, "%.6f", a)).toList());
    }

    /** The mean macro-F1 over the repeats that trained to the end, or NaN. */
    double meanMacroF1() {
        return macroF1s.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** Repeats scored (trained to the end or diverged). */
    int scored() {
        return accuracies.size();
    }

    /** Repeats whose loss diverged. */
    int diverged() {
        return diverged;
    }

    /** CPU seconds this process used over the repeats: the work done, much less sensitive to other load than joules. */
    double cpuSeconds() {
        return cpuSeconds;
    }

    /** The smallest share of the machine's CPU time this process had during a repeat (1 when unknown). */
    double minProcessShare() {
        return minShare;
    }
}
