package org.greentrain.study.tuning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.greentrain.study.report.Report.Table;

/** The tables of a tuning report: per strategy, savings, per search, and every round. */
final class TuningTables {

    private TuningTables() {
    }

    /** One row per strategy: medians over its searches. */
    static Table strategies(TuningAnalysis a) {
        List<List<String>> rows = new ArrayList<>();
        for (StrategySummary s : a.summaries()) {
            rows.add(List.of(s.strategy().id(), Integer.toString(s.searches()), TuningFormat.accuracy(s.bestAccuracy()),
                    TuningFormat.accuracy(s.medianFinalBest()), TuningFormat.round(s.medianOptimumRound()),
                    TuningFormat.joules(s.medianJoulesToOptimum()), s.reachedTarget() + "/" + s.searches(),
                    TuningFormat.round(s.medianRoundsToTarget()), TuningFormat.joules(s.medianJoulesToTarget()),
                    TuningFormat.joules(s.perRound().meanJoules()), TuningFormat.percent(s.perRound().cv()),
                    TuningFormat.joules(s.perQuietRound().meanJoules()), TuningFormat.percent(s.perQuietRound().cv()),
                    Integer.toString(s.perQuietRound().rounds()), Integer.toString(s.prunedRounds())));
        }
        return new Table("strategies", "Per strategy (medians over searches)", List.of("strategy", "searches",
                "best accuracy", "final best", "optimum round", "energy to optimum", "reached target",
                "rounds to target", "energy to target", "J per round", "CV of J per round", "J per quiet round",
                "CV of J per quiet round", "quiet rounds", "pruned rounds"), rows);
    }

    /** Energy saved to reach the target by each Bayesian strategy against random and grid. */
    static Table savings(TuningAnalysis a) {
        List<List<String>> rows = new ArrayList<>();
        for (Saving s : a.savings()) {
            rows.add(List.of(s.strategy().id(), s.baseline().id(), TuningFormat.saving(s)));
        }
        return new Table("savings", "Energy saved to reach the target", List.of("strategy", "against",
                "energy saved"), rows);
    }

    /** One row per search. */
    static Table searches(TuningAnalysis a) {
        double tolerance = a.design().optimumTolerance();
        List<List<String>> rows = new ArrayList<>();
        for (SearchTrace t : a.traces()) {
            OptionalInt opt = t.optimumRound(tolerance);
            OptionalInt hit = Double.isNaN(a.target()) ? OptionalInt.empty() : t.firstRoundReaching(a.target());
            int diverged = t.rounds().stream().mapToInt(RoundRecord::diverged).sum();
            rows.add(List.of(t.strategy().id(), Integer.toString(t.search()), Long.toString(t.seed()),
                    Integer.toString(t.rounds().size()), TuningFormat.accuracy(t.finalBest()), text(opt),
                    opt.isPresent() ? TuningFormat.joules(t.joulesThrough(opt.getAsInt())) : "—", text(hit),
                    hit.isPresent() ? TuningFormat.joules(t.joulesThrough(hit.getAsInt())) : "—",
                    TuningFormat.joules(t.totalJoules()), Integer.toString(t.prunedRounds()),
                    Integer.toString(diverged)));
        }
        return new Table("searches", "Per search", List.of("strategy", "search", "seed", "rounds", "final best",
                "optimum round", "energy to optimum", "target round", "energy to target", "energy", "pruned",
                "diverged trainings"), rows);
    }

    /** One row per finished round of every search. */
    static Table rounds(TuningAnalysis a) {
        List<List<String>> rows = new ArrayList<>();
        for (SearchTrace t : a.traces()) {
            for (RoundRecord r : t.rounds()) {
                rows.add(List.of(t.strategy().id(), Integer.toString(t.search()), Integer.toString(r.round()),
                        TuningFormat.params(r.params()), r.complete() ? TuningFormat.accuracy(r.accuracy()) : "pruned",
                        TuningFormat.accuracy(r.bestSoFar()), TuningFormat.joules(r.energyJoules()),
                        TuningFormat.joules(r.cumulativeJoules()), r.repeatsRun() + (r.diverged() > 0
                                ? " (" + r.diverged() + " diverged)" : ""), r.provenance(),
                        Double.isNaN(r.cpuSeconds()) ? "—" : String.format(Locale.ROOT, "%.1f", r.cpuSeconds()),
                        TuningFormat.percent(r.processShare())));
            }
        }
        return new Table("rounds", "Every round", List.of("strategy", "search", "round", "hyperparameters",
                "accuracy", "best so far", "energy", "cumulative energy", "trainings", "energy provenance", "CPU s",
                "CPU share"), rows);
    }

    private static String text(OptionalInt round) {
        return round.isPresent() ? Integer.toString(round.getAsInt()) : "—";
    }
}
