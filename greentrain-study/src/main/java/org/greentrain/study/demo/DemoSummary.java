package org.greentrain.study.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.greentrain.energy.RunEnvironment;
import org.greentrain.study.reduction.CellStats;
import org.greentrain.study.reduction.Fmt;
import org.greentrain.study.reduction.Highlights;
import org.greentrain.study.reduction.ReductionResult;
import org.greentrain.study.reduction.ReductionStatistics;
import org.greentrain.study.tuning.Saving;
import org.greentrain.study.tuning.Strategy;
import org.greentrain.study.tuning.StrategySummary;
import org.greentrain.study.tuning.TuningAnalysis;
import org.greentrain.study.tuning.TuningDesign;
import org.greentrain.study.tuning.TuningFormat;

/**
 * The demo's findings in three sentences, computed from the stored runs and rounds, with the figures behind them. A
 * figure that cannot be computed (nothing finished yet, no reduction cheaper than the full data, no strategy that
 * reached the target) is said so in its sentence, never made up.
 *
 * <ol>
 *   <li>{@code reduction}: among the (method, fraction) cells whose median energy is below the full data's, the
 *       cheapest that keeps {@link Highlights#NEAR_FULL} of the full-data median accuracy, or else the most accurate;
 *       its accuracy against the full data's and the energy it saved (medians over the repeats).</li>
 *   <li>{@code tuning}: the strategy that reached the target accuracy (the design's fraction of the best any strategy
 *       reached) with the least energy, its rounds and joules, and how much less energy it needed than grid and random
 *       search; against one whose median search did not reach the target the saving is a lower bound
 *       ({@link Saving#atLeast()}), worded as in the tuning report ({@link TuningFormat#against}).</li>
 *   <li>{@code cost}: the joules and grams of CO2e of every stored run and round, and how they were measured, with
 *       the uncertainty band.</li>
 * </ol>
 *
 * @param reduction     sentence 1
 * @param tuning        sentence 2
 * @param cost          sentence 3
 * @param bestReduction the (method, fraction) sentence 1 names; null when there is none
 * @param fullData      the full-data baseline it is compared with; null before a baseline run finished
 * @param bestStrategy  the strategy sentence 2 names; null when no strategy reached the target
 * @param savings       its energy saving against grid and random (those in the design, itself left out)
 * @param target        the target accuracy; NaN before a round finished
 * @param energy        what sentence 3 sums
 */
public record DemoSummary(String reduction, String tuning, String cost, CellStats bestReduction, CellStats fullData,
                          StrategySummary bestStrategy, List<Saving> savings, double target, EnergyTotal energy) {

    public DemoSummary {
        savings = List.copyOf(savings);
    }

    /** The three sentences, in order. */
    public List<String> lines() {
        return List.of(reduction, tuning, cost);
    }

    /** The findings of {@code result}. */
    public static DemoSummary of(DemoResult result) {
        ReductionResult r = result.reduction();
        ReductionStatistics s = r.statistics();
        Optional<CellStats> pick = Highlights.bestReduction(s);
        TuningAnalysis a = result.tuning().analysis();
        Optional<StrategySummary> winner = bestStrategy(a);
        List<Saving> savings = winner.map(w -> savings(a, w)).orElse(List.of());
        return new DemoSummary(reductionLine(r, pick), tuningLine(a, winner, savings), costLine(result),
                pick.orElse(null), s.baseline(), winner.orElse(null), savings, a.target(), result.energy());
    }

    /** The strategy that reached the target with the least median energy (then the fewest rounds); empty if none. */
    static Optional<StrategySummary> bestStrategy(TuningAnalysis a) {
        return a.summaries().stream().filter(x -> Double.isFinite(x.medianJoulesToTarget()))
                .min(Comparator.comparingDouble(StrategySummary::medianJoulesToTarget)
                        .thenComparingDouble(StrategySummary::medianRoundsToTarget));
    }

    /** {@code winner}'s saving against grid and random ({@link Saving#of}), those with a finite figure. */
    private static List<Saving> savings(TuningAnalysis a, StrategySummary winner) {
        List<Saving> out = new ArrayList<>();
        for (Strategy baseline : List.of(Strategy.GRID, Strategy.RANDOM)) {
            if (baseline != winner.strategy()) {
                a.summary(baseline).map(b -> Saving.of(winner, b)).filter(v -> Double.isFinite(v.percent()))
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    private static String reductionLine(ReductionResult r, Optional<CellStats> pick) {
        ReductionStatistics s = r.statistics();
        String head = "Data reduction on " + r.design().dataset() + ": ";
        String partial = r.complete() ? "" : String.format(Locale.ROOT, "; only %d of %d runs have finished, run "
                + "greentrain demo again to resume", r.runs().size(), r.design().totalRuns());
        CellStats full = s.baseline();
        if (full == null || s.cells().isEmpty()) {
            return head + "no full-data run and reduced run to compare yet" + (partial.isEmpty()
                    ? "; run greentrain demo again to resume" : partial) + ".";
        }
        String provenance = s.singleProvenance() ? "" : " The runs' energy provenances differ ("
                + String.join(", ", s.provenances()) + "), so their joules do not compare one to one.";
        if (pick.isEmpty()) {
            CellStats cheapest = s.cells().stream().min(Comparator.comparingDouble(CellStats::energyRatio))
                    .orElseThrow();
            return head + String.format(Locale.ROOT, "no reduction used less energy than training on all rows "
                            + "(median %s J); the cheapest, %s, used %s of it%s.%s", Fmt.joules(full.joules().median()),
                    describe(cheapest), Fmt.percent(cheapest.energyRatio()), partial, provenance);
        }
        CellStats c = pick.get();
        String figures = String.format(Locale.ROOT, "%s test accuracy against %s with all rows (%s of it) for %s "
                        + "less energy (median %s J against %s J per run over %d repeat%s)",
                Fmt.metric(c.accuracy().median()), Fmt.metric(full.accuracy().median()), Fmt.percent(c.accuracyRatio()),
                Fmt.percent(c.energySaving()), Fmt.joules(c.joules().median()), Fmt.joules(full.joules().median()),
                c.runs(), c.runs() == 1 ? "" : "s");
        if (c.accuracyRatio() >= Highlights.NEAR_FULL) {
            return head + describe(c) + " reached " + figures + partial + "." + provenance;
        }
        return head + "no cheaper reduction kept " + Fmt.percent(Highlights.NEAR_FULL) + " of the full-data "
                + "accuracy; the closest, " + describe(c) + ", reached " + figures + partial + "." + provenance;
    }

    /** {@code DES keeping 30% of the training rows}. */
    private static String describe(CellStats c) {
        return c.method().toUpperCase(Locale.ROOT) + " keeping " + Fmt.kept(c.keep()) + " of the training rows";
    }

    private static String tuningLine(TuningAnalysis a, Optional<StrategySummary> winner, List<Saving> savings) {
        TuningDesign d = a.design();
        String head = String.format(Locale.ROOT, "Tuning %s on %s (%d round%s per strategy): ",
                d.model().split(":", 2)[0], d.dataset(), d.rounds(), d.rounds() == 1 ? "" : "s");
        if (Double.isNaN(a.bestAccuracy())) {
            return head + "no round has finished yet; run greentrain demo again to resume.";
        }
        int rounds = a.traces().stream().mapToInt(t -> t.rounds().size()).sum();
        String partial = rounds >= d.totalRounds() ? "" : String.format(Locale.ROOT, "; only %d of %d rounds have "
                + "finished, run greentrain demo again to resume", rounds, d.totalRounds());
        String target = String.format(Locale.ROOT, "the target accuracy %s (%s of the best, %s)",
                TuningFormat.accuracy(a.target()), TuningFormat.percent(d.targetFraction()),
                TuningFormat.accuracy(a.bestAccuracy()));
        if (winner.isEmpty()) {
            return head + "no strategy reached " + target + " in more than half of its searches" + partial + ".";
        }
        StrategySummary w = winner.get();
        List<String> against = new ArrayList<>();
        for (Saving v : savings) {
            against.add(TuningFormat.against(v, a.summary(v.baseline()).orElseThrow()));
        }
        String median = d.searches() > 1 ? " (medians over " + d.searches() + " searches)" : "";
        return head + String.format(Locale.ROOT, "%s reached %s in %s round%s and %s%s%s%s.", w.strategy().id(),
                target, TuningFormat.round(w.medianRoundsToTarget()), w.medianRoundsToTarget() == 1 ? "" : "s",
                TuningFormat.joules(w.medianJoulesToTarget()), median, against.isEmpty() ? "" : ", "
                        + String.join(", and ", against), partial);
    }

    private static String costLine(DemoResult result) {
        EnergyTotal e = result.energy();
        if (e.runs() == 0) {
            return "Cost of the demo: nothing has been measured yet; run greentrain demo again to resume.";
        }
        String carbon = e.withoutCarbon() == e.runs() ? "CO2e unknown" : grams(e.co2eGrams()) + " CO2e"
                + intensity(result) + (e.withoutCarbon() > 0 ? " (" + count(e.withoutCarbon(), "run")
                + " without a carbon figure left out)" : "");
        return String.format(Locale.ROOT, "Cost of the demo: %s and %s for its %s and %s (%.0f s measured), %s; "
                        + "plausible range %s to %s (%+.0f%% / %+.0f%%). JVM start-up, data loading and warm-up are "
                        + "not counted.", TuningFormat.joules(e.joules()), carbon,
                count(result.reduction().runs().size(), "reduction run"), count(result.tuningRounds(), "tuning round"),
                e.seconds(), ProvenanceWords.describe(e.provenances()), TuningFormat.joules(e.lowerJoules()),
                TuningFormat.joules(e.upperJoules()), 100 * e.lowerRelative(), 100 * e.upperRelative());
    }

    /** " at 475 gCO2e/kWh (WORLD)", from the first environment recorded, or nothing. */
    private static String intensity(DemoResult result) {
        List<RunEnvironment> envs = new ArrayList<>(result.reduction().environments());
        envs.addAll(result.tuning().environments());
        if (envs.isEmpty()) {
            return "";
        }
        RunEnvironment env = envs.get(0);
        return String.format(Locale.ROOT, " at %.0f gCO2e/kWh (%s)", env.carbonGramsPerKwh(), env.carbonCountry());
    }

    /** {@code 1 run}, {@code 32 runs}. */
    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Grams with two significant decimals: {@code 0.31 g}, {@code 0.0042 g}, {@code 12.3 g}. */
    private static String grams(double g) {
        if (g >= 10) {
            return String.format(Locale.ROOT, "%.1f g", g);
        }
        if (g >= 0.1 || g == 0) {
            return String.format(Locale.ROOT, "%.2f g", g);
        }
        return String.format(Locale.ROOT, "%.2g g", g);
    }
}
