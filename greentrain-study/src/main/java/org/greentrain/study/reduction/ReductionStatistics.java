package org.greentrain.study.reduction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.greentrain.study.stats.Descriptive;
import org.greentrain.study.stats.ParetoFront;
import org.greentrain.study.stats.Spearman;

/**
 * The results of a reduction study as the paper reports them: per (method, fraction) the medians over the repeats,
 * the full-data baseline, Spearman's ρ of ε against accuracy and macro-F1 for each fraction, and the energy against
 * the baseline. Computed from whatever runs are finished, so a partial study has partial statistics.
 *
 * @param baseline     medians of the full-data runs, or null when none finished yet
 * @param cells        medians per (method, fraction) with finished runs, by fraction then in the design's method order
 * @param correlations one per fraction of the design
 * @param provenances  the distinct energy provenances of the runs; more than one means their joules do not compare
 */
public record ReductionStatistics(CellStats baseline, List<CellStats> cells, List<Correlation> correlations,
                                  List<String> provenances) {

    public ReductionStatistics {
        cells = List.copyOf(cells);
        correlations = List.copyOf(correlations);
        provenances = List.copyOf(provenances);
    }

    /** The statistics of {@code runs}, a study's finished runs of {@code design}. */
    public static ReductionStatistics of(ReductionDesign design, List<ReductionRun> runs) {
        List<ReductionRun> full = runs.stream().filter(ReductionRun::isBaseline).toList();
        CellStats baseline = full.isEmpty() ? null : cell(RunKey.FULL, 1.0, full, null);
        List<CellStats> cells = new ArrayList<>();
        List<Correlation> correlations = new ArrayList<>();
        for (double keep : design.keepFractions()) {
            List<ReductionRun> atKeep = runs.stream().filter(r -> !r.isBaseline() && r.keep() == keep).toList();
            for (String m : design.methods()) {
                List<ReductionRun> mine = atKeep.stream().filter(r -> r.method().equals(m)).toList();
                if (!mine.isEmpty()) {
                    cells.add(cell(m, keep, mine, baseline));
                }
            }
            correlations.add(correlation(keep, atKeep));
        }
        LinkedHashSet<String> provenances = new LinkedHashSet<>();
        runs.forEach(r -> provenances.add(r.provenance()));
        return new ReductionStatistics(baseline, cells, correlations, List.copyOf(provenances));
    }

    /** The statistics of one (method, fraction). */
    public Optional<CellStats> cell(String method, double keep) {
        return cells.stream().filter(c -> c.method().equals(method) && c.keep() == keep).findFirst();
    }

    /**
     * The (method, fraction) medians, the baseline included, that no other beats on both median accuracy and median
     * energy ({@link ParetoFront}: equal ones are all kept): the accuracy/energy trade-offs worth choosing from, by
     * increasing energy.
     */
    public List<CellStats> paretoFront() {
        List<CellStats> all = new ArrayList<>(cells);
        if (baseline != null) {
            all.add(baseline);
        }
        all.removeIf(c -> Double.isNaN(c.accuracy().median()));
        return ParetoFront.of(all, c -> c.joules().median(), c -> c.accuracy().median());
    }

    /**
     * The method with the smallest median ε at fraction {@code keep}, when two or more methods have one there and the
     * smallest is finite and not tied: a tie or an ε that is infinite for all (classes lost) names no method.
     */
    public Optional<CellStats> smallestEpsilon(double keep) {
        List<CellStats> ranked = rankedByEpsilon(keep);
        boolean single = ranked.size() >= 2 && Double.isFinite(ranked.get(0).epsilon())
                && ranked.get(0).epsilon() < ranked.get(1).epsilon();
        return single ? Optional.of(ranked.get(0)) : Optional.empty();
    }

    /** The cells at fraction {@code keep} with a median ε, smallest ε first. */
    public List<CellStats> rankedByEpsilon(double keep) {
        return cells.stream().filter(c -> c.keep() == keep && !Double.isNaN(c.epsilon()))
                .sorted(Comparator.comparingDouble(CellStats::epsilon)).toList();
    }

    /** Whether every run's energy has the same provenance, so that their joules compare. */
    public boolean singleProvenance() {
        return provenances.size() <= 1;
    }

    private static CellStats cell(String method, double keep, List<ReductionRun> runs, CellStats baseline) {
        Spread accuracy = Spread.of(values(runs, ReductionRun::accuracy));
        Spread f1 = Spread.of(values(runs, ReductionRun::macroF1));
        Spread joules = Spread.of(values(runs, ReductionRun::joules));
        return new CellStats(method, keep, runs.size(), accuracy, f1, median(runs, ReductionRun::macroPrecision),
                median(runs, ReductionRun::macroRecall), median(runs, ReductionRun::epsilon), joules,
                median(runs, ReductionRun::seconds), median(runs, ReductionRun::reduceJoules),
                median(runs, ReductionRun::reduceSeconds), median(runs, ReductionRun::keptRows),
                ratio(joules.median(), baseline == null ? Double.NaN : baseline.joules().median()),
                ratio(accuracy.median(), baseline == null ? Double.NaN : baseline.accuracy().median()),
                ratio(f1.median(), baseline == null ? Double.NaN : baseline.macroF1().median()));
    }

    private static Correlation correlation(double keep, List<ReductionRun> runs) {
        Spearman accuracy = spearman(runs, ReductionRun::accuracy);
        Spearman f1 = spearman(runs, ReductionRun::macroF1);
        String note = null;
        if (accuracy == null || f1 == null) {
            note = String.format(Locale.ROOT, "%d run(s) with a value at this fraction; Spearman's rho "
                    + "needs at least 3", runs.size());
        }
        return new Correlation(keep, accuracy, f1, note);
    }

    /** ρ(ε, metric) over the runs where both are defined, or null with fewer than 3 such runs. */
    private static Spearman spearman(List<ReductionRun> runs, ToDoubleFunction<ReductionRun> metric) {
        List<ReductionRun> usable = runs.stream()
                .filter(r -> !Double.isNaN(r.epsilon()) && !Double.isNaN(metric.applyAsDouble(r))).toList();
        if (usable.size() < 3) {
            return null;
        }
        return Spearman.of(values(usable, ReductionRun::epsilon), values(usable, metric));
    }

    private static double median(List<ReductionRun> runs, ToDoubleFunction<ReductionRun> metric) {
        double[] x = Arrays.stream(values(runs, metric)).filter(v -> !Double.isNaN(v)).toArray();
        return x.length == 0 ? Double.NaN : Descriptive.median(x);
    }

    private static double[] values(List<ReductionRun> runs, ToDoubleFunction<ReductionRun> metric) {
        return runs.stream().mapToDouble(metric).toArray();
    }

    private static double ratio(double value, double reference) {
        return reference > 0 && Double.isFinite(reference) ? value / reference : Double.NaN;
    }
}
