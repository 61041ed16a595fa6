package org.greentrain.study.reduction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The headline findings of a reduction study, one sentence each, from its statistics: the cheapest (method, fraction)
 * that keeps nearly the full-data accuracy, the most representative method, how ε relates to accuracy, and the
 * reductions that cost more than training on all the data.
 */
public final class Highlights {

    /** The share of the full-data accuracy a reduced run must keep to count as "nearly as accurate". */
    public static final double NEAR_FULL = 0.98;

    private static final double SIGNIFICANT = 0.05;

    private Highlights() {
    }

    /** The findings of {@code result}, most important first. */
    public static List<String> of(ReductionResult result) {
        return of(result.design(), result.statistics(), result.runs().size());
    }

    /** The findings of {@code statistics}, computed from {@code finishedRuns} runs of {@code design}. */
    public static List<String> of(ReductionDesign design, ReductionStatistics statistics, int finishedRuns) {
        List<String> out = new ArrayList<>();
        if (finishedRuns < design.totalRuns()) {
            out.add(String.format(Locale.ROOT, "Partial results: %d of %d runs finished; running the same study "
                    + "command again resumes it.", finishedRuns, design.totalRuns()));
        }
        saving(statistics).ifPresent(out::add);
        representative(design, statistics).ifPresent(out::add);
        correlation(statistics).ifPresent(out::add);
        costlier(design, statistics).ifPresent(out::add);
        return out;
    }

    /**
     * Among the cells cheaper than the baseline, the cheapest keeping {@link #NEAR_FULL} of its accuracy, or else the
     * most accurate one; empty without a baseline or a cheaper cell. The reduction the report and the demo name.
     */
    public static Optional<CellStats> bestReduction(ReductionStatistics s) {
        if (s.baseline() == null) {
            return Optional.empty();
        }
        List<CellStats> cheaper = s.cells().stream()
                .filter(c -> Double.isFinite(c.accuracyRatio()) && c.energyRatio() < 1).toList();
        Optional<CellStats> near = cheaper.stream().filter(c -> c.accuracyRatio() >= NEAR_FULL)
                .min(Comparator.comparingDouble(CellStats::energyRatio));
        return near.isPresent() ? near : cheaper.stream().max(Comparator.comparingDouble(CellStats::accuracyRatio));
    }

    /** The sentence on {@link #bestReduction}. */
    private static Optional<String> saving(ReductionStatistics s) {
        CellStats full = s.baseline();
        Optional<CellStats> pick = bestReduction(s);
        if (pick.isEmpty()) {
            return Optional.empty();
        }
        CellStats c = pick.get();
        if (c.accuracyRatio() >= NEAR_FULL) {
            return Optional.of(String.format(Locale.ROOT, "%s kept %s of the full-data accuracy (%s against %s) "
                            + "for %s of the energy (median %s J against %s J).", c.label(),
                    Fmt.percent(c.accuracyRatio()),
                    Fmt.metric(c.accuracy().median()), Fmt.metric(full.accuracy().median()),
                    Fmt.percent(c.energyRatio()), Fmt.joules(c.joules().median()), Fmt.joules(full.joules().median())));
        }
        return Optional.of(String.format(Locale.ROOT, "No cheaper reduction kept %s of the full-data accuracy (%s); "
                        + "the closest, %s, kept %s for %s of the energy.", Fmt.percent(NEAR_FULL),
                Fmt.metric(full.accuracy().median()), c.label(), Fmt.percent(c.accuracyRatio()),
                Fmt.percent(c.energyRatio())));
    }

    /**
     * The method with the smallest median ε ({@link ReductionStatistics#smallestEpsilon}) at the most fractions, when
     * one method leads alone; fractions where the smallest ε is tied or infinite name no method.
     */
    private static Optional<String> representative(ReductionDesign design, ReductionStatistics s) {
        Map<String, Integer> wins = new LinkedHashMap<>();
        int fractions = 0;
        for (double keep : design.keepFractions()) {
            fractions += s.rankedByEpsilon(keep).size() >= 2 ? 1 : 0;
            s.smallestEpsilon(keep).ifPresent(c -> wins.merge(c.method(), 1, Integer::sum));
        }
        List<Map.Entry<String, Integer>> top = wins.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (top.isEmpty() || top.size() > 1 && top.get(1).getValue().equals(top.get(0).getValue())) {
            return Optional.empty();
        }
        int single = wins.values().stream().mapToInt(Integer::intValue).sum();
        return Optional.of(String.format(Locale.ROOT, "%s gave the most representative training sets: the smallest "
                        + "median ε at %d of %d fractions%s.", top.get(0).getKey().toUpperCase(Locale.ROOT),
                top.get(0).getValue(), fractions, single == fractions ? "" : String.format(Locale.ROOT,
                        " (at %d the smallest was tied or infinite)", fractions - single)));
    }

    /**
     * The range of ρ(ε, accuracy) over the fractions and where it is significant; a direction alone, without
     * significance, is called one.
     */
    private static Optional<String> correlation(ReductionStatistics s) {
        List<Correlation> computed = s.correlations().stream().filter(c -> c.epsilonAccuracy() != null).toList();
        List<Correlation> known = computed.stream().filter(c -> c.epsilonAccuracy().defined()).toList();
        String undefined = computed.size() == known.size() ? "" : String.format(Locale.ROOT, " ρ is undefined at %d "
                + "fraction%s (ε or accuracy constant).", computed.size() - known.size(),
                computed.size() - known.size() == 1 ? "" : "s");
        if (known.isEmpty()) {
            return undefined.isEmpty() ? Optional.empty() : Optional.of("ε against accuracy:" + undefined);
        }
        double lo = known.stream().mapToDouble(c -> c.epsilonAccuracy().rho()).min().orElseThrow();
        double hi = known.stream().mapToDouble(c -> c.epsilonAccuracy().rho()).max().orElseThrow();
        StringJoiner significant = new StringJoiner(", ");
        int negativeAndSignificant = 0;
        for (Correlation c : known) {
            if (c.epsilonAccuracy().pValue() < SIGNIFICANT) {
                significant.add(Fmt.kept(c.keep()) + " (" + Fmt.rho(c.epsilonAccuracy().rho()) + ")");
                negativeAndSignificant += c.epsilonAccuracy().rho() < 0 ? 1 : 0;
            }
        }
        String where = significant.length() == 0 ? "significant (p < 0.05) at none of them"
                : "significant (p < 0.05) at " + significant;
        String reading;
        if (negativeAndSignificant == known.size()) {
            reading = "A smaller ε went with a higher accuracy at every fraction, significantly.";
        } else if (hi < 0) {
            reading = "ρ was negative at every fraction (a smaller ε with a higher accuracy), but that is the "
                    + "direction only: it is significant at " + negativeAndSignificant + " of them.";
        } else {
            reading = "A smaller ε did not always go with a higher accuracy.";
        }
        return Optional.of(String.format(Locale.ROOT, "ε against accuracy: Spearman's ρ from %s to %s over %d "
                + "fraction%s; %s. %s%s", Fmt.rho(lo), Fmt.rho(hi), known.size(), known.size() == 1 ? "" : "s", where,
                reading, undefined));
    }

    /** The reductions whose reduction + training cost more than training on all the data. */
    private static Optional<String> costlier(ReductionDesign design, ReductionStatistics s) {
        StringJoiner out = new StringJoiner("; ");
        for (String m : design.methods()) {
            StringJoiner fractions = new StringJoiner(", ");
            s.cells().stream().filter(c -> c.method().equals(m) && c.energyRatio() > 1)
                    .forEach(c -> fractions.add(Fmt.kept(c.keep())));
            if (fractions.length() > 0) {
                out.add(m.toUpperCase(Locale.ROOT) + " at " + fractions);
            }
        }
        return out.length() == 0 ? Optional.empty() : Optional.of("Costlier than training on all the data: " + out
                + " (the reduction eats the saving).");
    }
}
