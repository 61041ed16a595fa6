package org.greentrain.study.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greentrain.study.reduction.ReductionRun;
import org.greentrain.study.tuning.RoundRecord;
import org.greentrain.study.tuning.SearchTrace;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.TrialEnergy;

/**
 * The summed cost of a set of stored runs, as the storage holds it: joules with the summed uncertainty band, wall-clock
 * seconds, grams of CO2e and the provenances the figures came from. What the demo cost is the sum of its runs'
 * figures; what no run measured (start-up, data loading, warm-up, the report) is not in it.
 *
 * @param runs           runs counted
 * @param joules         their joules
 * @param lowerJoules    the sum of their lowest plausible joules
 * @param upperJoules    the sum of their highest plausible joules
 * @param seconds        their wall-clock seconds
 * @param co2eGrams      the grams of CO2e of the runs whose carbon is known
 * @param withoutCarbon  runs whose CO2e is unknown (left out of {@code co2eGrams})
 * @param provenances    the distinct provenances of the runs' joules, for example {@code tdp-estimate+ram-estimate}
 */
public record EnergyTotal(int runs, double joules, double lowerJoules, double upperJoules, double seconds,
                          double co2eGrams, int withoutCarbon, List<String> provenances) {

    /** Nothing counted. */
    public static final EnergyTotal NONE = new EnergyTotal(0, 0, 0, 0, 0, 0, 0, List.of());

    public EnergyTotal {
        provenances = List.copyOf(provenances);
    }

    /** The total of {@code energies}. */
    public static EnergyTotal of(List<TrialEnergy> energies) {
        EnergyTotal total = NONE;
        for (TrialEnergy e : energies) {
            total = total.plus(one(e));
        }
        return total;
    }

    /** The total of a reduction study's finished runs (reduction + training of each). */
    public static EnergyTotal ofReductionRuns(List<ReductionRun> runs) {
        List<TrialEnergy> energies = new ArrayList<>();
        for (ReductionRun r : runs) {
            energies.add(new TrialEnergy(r.joules(), r.lowerJoules(), r.upperJoules(), r.provenance(), r.seconds(),
                    r.co2eGrams()));
        }
        return of(energies);
    }

    /**
     * The total of the rounds a tuning analysis counts, read from their trials in {@code storage} (a round's record
     * carries its joules but not its band and carbon). A round stored without energy counts as a run of 0 J.
     */
    public static EnergyTotal ofTuningRounds(Storage storage, List<SearchTrace> traces) {
        List<TrialEnergy> energies = new ArrayList<>();
        for (SearchTrace trace : traces) {
            Map<Integer, FrozenTrial> byNumber = new HashMap<>();
            storage.findStudy(trace.studyName()).ifPresent(s -> storage.trials(s.id())
                    .forEach(t -> byNumber.put(t.number(), t)));
            for (RoundRecord round : trace.rounds()) {
                FrozenTrial trial = byNumber.get(round.trial());
                TrialEnergy e = trial == null ? null : trial.energy();
                energies.add(e != null ? e : TrialEnergy.reported(0, round.provenance(), 0));
            }
        }
        return of(energies);
    }

    /** This total and {@code other} together. */
    public EnergyTotal plus(EnergyTotal other) {
        Set<String> union = new LinkedHashSet<>(provenances);
        union.addAll(other.provenances);
        return new EnergyTotal(runs + other.runs, joules + other.joules, lowerJoules + other.lowerJoules,
                upperJoules + other.upperJoules, seconds + other.seconds, co2eGrams + other.co2eGrams,
                withoutCarbon + other.withoutCarbon, List.copyOf(union));
    }

    /** How far below the total the truth may lie, as a non-positive fraction; 0 without joules. */
    public double lowerRelative() {
        return joules > 0 ? lowerJoules / joules - 1 : 0;
    }

    /** How far above the total the truth may lie, as a non-negative fraction; 0 without joules. */
    public double upperRelative() {
        return joules > 0 ? upperJoules / joules - 1 : 0;
    }

    private static EnergyTotal one(TrialEnergy e) {
        boolean carbon = Double.isFinite(e.co2eGrams());
        return new EnergyTotal(1, e.joules(), e.lowerJoules(), e.upperJoules(), e.durationSeconds(),
                carbon ? e.co2eGrams() : 0, carbon ? 0 : 1, List.of(e.provenance()));
    }
}
