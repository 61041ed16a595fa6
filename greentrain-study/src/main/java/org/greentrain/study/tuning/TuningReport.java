package org.greentrain.study.tuning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.greentrain.energy.RunEnvironment;
import org.greentrain.study.report.EnvironmentRows;
import org.greentrain.study.report.Report;
import org.greentrain.study.report.Report.Chart;
import org.greentrain.study.report.Report.Section;
import org.greentrain.study.report.Report.Table;
import org.greentrain.tune.storage.Storage;
import org.greentrain.tune.storage.StudyRecord;

/**
 * The report of a tuning study: headline savings, the convergence charts (best-so-far accuracy against energy and
 * against round), energy per round, accuracy against energy with the Pareto front, the tables per strategy, savings
 * and search, which hyperparameters matter, the paper's findings beside this study's, every round, the design and the
 * environment. Registered for kind {@value TuningStudy#KIND}.
 */
public final class TuningReport {

    private TuningReport() {
    }

    /**
     * The report of a stored tuning study (the registry's entry point).
     *
     * @throws IllegalArgumentException when the study is not a tuning study
     */
    public static Report build(Storage storage, StudyRecord study) {
        TuningStudy s = TuningStudy.load(storage, study.name());
        return of(s.name(), s.analysis(), s.environments());
    }

    /** The report of an analysis. */
    public static Report of(String name, TuningAnalysis a, List<RunEnvironment> environments) {
        TuningDesign d = a.design();
        String subtitle = String.format(Locale.ROOT, "study %s · %s, %s · %d round(s) × %d repeat(s) × %d search(es) "
                        + "per strategy · %d epoch(s), batch %d", name, d.dataset(), d.model(), d.rounds(), d.repeats(),
                d.searches(), d.epochs(), d.batch());
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("convergence", "Convergence", List.of(
                "Each round trains one hyperparameter set " + d.repeats() + " time(s) and scores the mean test "
                        + "accuracy, as the paper does; best-so-far is the best round of the search so far. Pruned "
                        + "rounds (bo-asha) stopped early: they cost energy but have no accuracy."),
                List.of(TuningCharts.bestAgainstEnergy(a), TuningCharts.bestAgainstRound(a)), List.of()));
        sections.add(new Section("energy", "Energy", List.of(
                "The paper found the energy of a round nearly constant for a given network, so that a strategy's "
                        + "cost is driven by how many rounds it needs. Energy per round here covers each training "
                        + "from model set-up to final evaluation, as measured by greentrain's meter."),
                energyCharts(a), List.of()));
        sections.add(new Section("tables", "Strategies", List.of(definitions(a)), List.of(),
                List.of(TuningTables.strategies(a), TuningTables.savings(a), TuningTables.searches(a))));
        sections.add(TuningImportance.section(a));
        sections.add(TuningPaperComparison.section(a));
        sections.add(new Section("rounds", "Every round", List.of(), List.of(), List.of(TuningTables.rounds(a))));
        sections.add(new Section("design", "Design", List.of(), List.of(), List.of(design(d))));
        return new Report("Tuning study: " + name, subtitle, highlights(a), sections,
                EnvironmentRows.of(environments));
    }

    /** Energy per round, energy to the target (when some strategy reached it) and the Pareto front. */
    private static List<Chart> energyCharts(TuningAnalysis a) {
        List<Chart> charts = new ArrayList<>();
        charts.add(TuningCharts.energyPerRound(a));
        Chart toTarget = TuningCharts.energyToTarget(a);
        if (toTarget.isBar()) {
            charts.add(toTarget);
        }
        charts.add(TuningCharts.paretoFront(a));
        return charts;
    }

    /** The headline findings, one sentence each. */
    public static List<String> highlights(TuningAnalysis a) {
        List<String> out = new ArrayList<>();
        if (Double.isNaN(a.bestAccuracy())) {
            out.add("No round has finished yet.");
            return out;
        }
        String bestBy = a.summaries().stream().filter(s -> s.bestAccuracy() == a.bestAccuracy()).findFirst()
                .map(s -> s.strategy().id()).orElse("?");
        out.add(String.format(Locale.ROOT, "Best mean accuracy %s (%s); the target is %s of it: %s.",
                TuningFormat.accuracy(a.bestAccuracy()), bestBy, TuningFormat.percent(a.design().targetFraction()),
                TuningFormat.accuracy(a.target())));
        for (StrategySummary s : a.summaries()) {
            if (!s.strategy().bayesian()) {
                continue;
            }
            if (!Double.isFinite(s.medianJoulesToTarget())) {
                out.add(s.strategy().id() + " did not reach the target in " + (s.searches() > 1
                        ? (s.searches() - s.reachedTarget()) + " of its " + s.searches() + " searches"
                        : "its search") + ".");
                continue;
            }
            List<String> vs = new ArrayList<>();
            for (Saving v : a.savings()) {
                if (v.strategy() == s.strategy() && Double.isFinite(v.percent())) {
                    vs.add(TuningFormat.against(v, a.summary(v.baseline()).orElseThrow()));
                }
            }
            out.add(String.format(Locale.ROOT, "%s reached the target in %s round(s) and %s%s%s.", s.strategy().id(),
                    TuningFormat.round(s.medianRoundsToTarget()), TuningFormat.joules(s.medianJoulesToTarget()),
                    s.searches() > 1 ? " (median of " + s.searches() + " searches)" : "",
                    vs.isEmpty() ? "" : ": " + String.join("; ", vs)));
        }
        List<String> optima = new ArrayList<>();
        for (StrategySummary s : a.summaries()) {
            optima.add(s.strategy().id() + " " + TuningFormat.round(s.medianOptimumRound()));
        }
        out.add("Optimum round (first round within " + a.design().optimumTolerance() + " of the search's final best"
                + (a.design().searches() > 1 ? ", median" : "") + "): " + String.join(", ", optima)
                + " of " + a.design().rounds() + ".");
        out.add("Mean energy of a complete round: " + perRound(a, StrategySummary::perRound) + ".");
        if (a.summaries().stream().anyMatch(s -> s.perQuietRound().rounds() < s.perRound().rounds())) {
            out.add("Counting only the rounds during which greentrain had at least "
                    + TuningFormat.percent(TuningAnalysis.QUIET_SHARE) + " of the machine's CPU time (in the others "
                    + "the machine's joules were shared with other load): " + perRound(a,
                    StrategySummary::perQuietRound) + ".");
        }
        return out;
    }

    /** Each strategy's mean joules per round with CV and count, e.g. {@code bo 28 J (CV 5%, 30 rounds)}. */
    private static String perRound(TuningAnalysis a, Function<StrategySummary, RoundEnergy> which) {
        List<String> parts = new ArrayList<>();
        for (StrategySummary s : a.summaries()) {
            RoundEnergy e = which.apply(s);
            parts.add(s.strategy().id() + " " + TuningFormat.joules(e.meanJoules()) + " (" + (Double.isFinite(e.cv())
                    ? "CV " + TuningFormat.percent(e.cv()) + ", " : "") + e.rounds() + " rounds)");
        }
        return String.join(", ", parts);
    }

    private static String definitions(TuningAnalysis a) {
        return String.format(Locale.ROOT, "Target = %s × the best mean accuracy any search reached (%s). Optimum "
                        + "round = the first round whose best-so-far is within %s of the search's final best. Energy "
                        + "to X = joules of all rounds of the search up to and including the round reaching X. A "
                        + "median over searches counts a search that never reached the target as infinitely "
                        + "expensive. When half of a baseline's searches or more did not reach the target, its median "
                        + "is infinite and the saving against it is a lower bound, marked ≥: each search that did "
                        + "not reach it counts its whole energy, less than it would have needed.",
                a.design().targetFraction(), TuningFormat.accuracy(a.target()), a.design().optimumTolerance());
    }

    private static Table design(TuningDesign d) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("dataset", d.dataset()));
        rows.add(List.of("model", d.model()));
        rows.add(List.of("space", d.space()));
        rows.add(List.of("strategies", String.join(", ", d.strategies().stream()
                .map(s -> s.id() + ": " + s.description()).toList())));
        rows.add(List.of("rounds × repeats × searches", d.rounds() + " × " + d.repeats() + " × " + d.searches()));
        if (d.strategies().contains(Strategy.BO_ASHA)) {
            rows.add(List.of("bo-asha's pruner", d.pruner(Strategy.BO_ASHA).describe() + ", rungs over epochs"));
        }
        rows.add(List.of("training", "Adam, batch " + d.batch() + ", " + d.epochs() + " epoch(s), seeds "
                + TuningDesign.FIRST_TRAINING_SEED + "+r"));
        rows.add(List.of("rows", (d.trainRows() == 0 ? "all" : Integer.toString(d.trainRows())) + " training, "
                + (d.testRows() == 0 ? "all" : Integer.toString(d.testRows())) + " test (stratified subsets)"));
        rows.add(List.of("sampler seeds", d.seed() + " .. " + d.samplerSeed(d.searches())));
        return new Table("design", "Design", List.of("setting", "value"), rows);
    }
}
