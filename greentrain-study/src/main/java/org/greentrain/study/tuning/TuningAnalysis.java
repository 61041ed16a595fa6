package org.greentrain.study.tuning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.greentrain.study.stats.Descriptive;

/**
 * The comparison the tuning paper makes (spec §3.3-3.5), over every finished round of a study: the target accuracy
 * ({@link TuningDesign#targetFraction()} of the best mean accuracy any search of any strategy reached), each
 * strategy's medians over its searches, and the energy the Bayesian strategies saved against random and grid search
 * to reach the target.
 *
 * @param design       the study's design
 * @param traces       every search with at least one finished round
 * @param bestAccuracy the best mean accuracy of any round, NaN when no round is complete
 * @param target       the target accuracy, NaN when no round is complete
 * @param summaries    one per strategy with finished rounds, in design order
 * @param savings      each Bayesian strategy against random and grid, where both ran
 */
public record TuningAnalysis(TuningDesign design, List<SearchTrace> traces, double bestAccuracy, double target,
                             List<StrategySummary> summaries, List<Saving> savings) {

    /** A round during which this process had at least this share of the machine's CPU time counts as quiet. */
    public static final double QUIET_SHARE = 0.8;

    public TuningAnalysis {
        traces = List.copyOf(traces);
        summaries = List.copyOf(summaries);
        savings = List.copyOf(savings);
    }

    /** Analyses {@code traces} (searches without finished rounds are left out). */
    public static TuningAnalysis of(TuningDesign design, List<SearchTrace> traces) {
        List<SearchTrace> done = traces.stream().filter(t -> !t.rounds().isEmpty()).toList();
        double best = done.stream().mapToDouble(SearchTrace::finalBest).filter(v -> !Double.isNaN(v)).max()
                .orElse(Double.NaN);
        double target = best * design.targetFraction();
        List<StrategySummary> summaries = new ArrayList<>();
        for (Strategy s : design.strategies()) {
            List<SearchTrace> mine = done.stream().filter(t -> t.strategy() == s).toList();
            if (!mine.isEmpty()) {
                summaries.add(summarise(s, mine, target, design.optimumTolerance()));
            }
        }
        return new TuningAnalysis(design, done, best, target, summaries, savings(summaries));
    }

    /** The summary of one strategy, if it has finished rounds. */
    public Optional<StrategySummary> summary(Strategy s) {
        return summaries.stream().filter(x -> x.strategy() == s).findFirst();
    }

    /** The searches of one strategy. */
    public List<SearchTrace> traces(Strategy s) {
        return traces.stream().filter(t -> t.strategy() == s).toList();
    }

    private static StrategySummary summarise(Strategy s, List<SearchTrace> traces, double target, double tolerance) {
        int n = traces.size();
        double[] finals = new double[n];
        double[] optRounds = new double[n];
        double[] optJoules = new double[n];
        double[] targetRounds = new double[n];
        double[] targetJoules = new double[n];
        double[] lowerJoules = new double[n];
        double[] totals = new double[n];
        int reached = 0;
        int pruned = 0;
        List<double[]> perRound = new ArrayList<>();
        List<double[]> perQuietRound = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SearchTrace t = traces.get(i);
            finals[i] = t.finalBest();
            OptionalInt opt = t.optimumRound(tolerance);
            optRounds[i] = opt.isPresent() ? opt.getAsInt() : Double.POSITIVE_INFINITY;
            optJoules[i] = opt.isPresent() ? t.joulesThrough(opt.getAsInt()) : Double.POSITIVE_INFINITY;
            OptionalInt hit = Double.isNaN(target) ? OptionalInt.empty() : t.firstRoundReaching(target);
            targetRounds[i] = hit.isPresent() ? hit.getAsInt() : Double.POSITIVE_INFINITY;
            targetJoules[i] = hit.isPresent() ? t.joulesThrough(hit.getAsInt()) : Double.POSITIVE_INFINITY;
            reached += hit.isPresent() ? 1 : 0;
            totals[i] = t.totalJoules();
            lowerJoules[i] = hit.isPresent() ? targetJoules[i] : totals[i];
            pruned += t.prunedRounds();
            perRound.add(t.completeRoundJoules());
            perQuietRound.add(t.quietRoundJoules(QUIET_SHARE));
        }
        double[] known = Arrays.stream(finals).filter(v -> !Double.isNaN(v)).toArray();
        return new StrategySummary(s, n, known.length == 0 ? Double.NaN : Descriptive.max(known),
                known.length == 0 ? Double.NaN : Descriptive.median(known), Descriptive.median(optRounds),
                Descriptive.median(optJoules), reached, Descriptive.median(targetRounds),
                Descriptive.median(targetJoules), Descriptive.median(lowerJoules), RoundEnergy.of(concat(perRound)),
                RoundEnergy.of(concat(perQuietRound)), Descriptive.median(totals), pruned);
    }

    private static double[] concat(List<double[]> parts) {
        return parts.stream().flatMapToDouble(Arrays::stream).toArray();
    }

    private static List<Saving> savings(List<StrategySummary> summaries) {
        List<Saving> out = new ArrayList<>();
        for (StrategySummary s : summaries) {
            if (!s.strategy().bayesian()) {
                continue;
            }
            for (StrategySummary b : summaries) {
                if (b.strategy() == Strategy.RANDOM || b.strategy() == Strategy.GRID) {
                    out.add(Saving.of(s, b));
                }
            }
        }
        return out;
    }
}
