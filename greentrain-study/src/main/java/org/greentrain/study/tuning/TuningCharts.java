package org.greentrain.study.tuning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.greentrain.study.report.Report.Axis;
import org.greentrain.study.report.Report.Chart;
import org.greentrain.study.report.Report.Series;
import org.greentrain.study.report.Report.Style;
import org.greentrain.study.stats.Descriptive;
import org.greentrain.study.stats.ParetoFront;

/**
 * The charts of a tuning report. Several searches of a strategy are drawn as the median across searches at each
 * round, with a band from the lowest to the highest search; one search is drawn as it is. Energies are in kJ.
 */
final class TuningCharts {

    private TuningCharts() {
    }

    /** Best-so-far accuracy against the cumulative joules of the search. */
    static Chart bestAgainstEnergy(TuningAnalysis a) {
        return curves(a, "best-vs-energy", "Best-so-far accuracy against cumulative energy",
                Axis.linear("cumulative energy (kJ)"), true);
    }

    /** Best-so-far accuracy against the round. */
    static Chart bestAgainstRound(TuningAnalysis a) {
        return curves(a, "best-vs-round", "Best-so-far accuracy against round (the paper's Figs. 3-6)",
                Axis.linear("round"), false);
    }

    /** The energy of each round, median across searches: flat lines mean energy per round is constant. */
    static Chart energyPerRound(TuningAnalysis a) {
        List<Series> series = new ArrayList<>();
        for (StrategySummary s : a.summaries()) {
            List<SearchTrace> traces = a.traces(s.strategy());
            int n = commonRounds(traces);
            double[] x = new double[n];
            double[] y = new double[n];
            for (int r = 0; r < n; r++) {
                x[r] = r + 1;
                y[r] = median(traces, r, rr -> rr.energyJoules() / 1e3);
            }
            series.add(Series.of(label(s.strategy(), traces.size()), Style.LINE, x, y));
        }
        return new Chart("energy-per-round", "Energy of each round (pruned rounds stop early)", Axis.linear("round"),
                Axis.linear("energy of the round (kJ)"), List.of(), series);
    }

    /** Accuracy against energy of every complete round, per strategy, with the Pareto front over all of them. */
    static Chart paretoFront(TuningAnalysis a) {
        List<Series> series = new ArrayList<>();
        List<double[]> all = new ArrayList<>();
        for (StrategySummary s : a.summaries()) {
            List<double[]> pts = new ArrayList<>();
            for (SearchTrace t : a.traces(s.strategy())) {
                for (RoundRecord r : t.rounds()) {
                    if (r.complete()) {
                        pts.add(new double[] {r.energyJoules() / 1e3, r.accuracy()});
                    }
                }
            }
            all.addAll(pts);
            series.add(Series.of(s.strategy().id(), Style.POINTS, column(pts, 0), column(pts, 1)));
        }
        List<double[]> front = ParetoFront.of(all, p -> p[0], p -> p[1]);
        series.add(Series.of("Pareto front", Style.STEP, column(front, 0), column(front, 1)));
        return new Chart("pareto", "Accuracy against energy of every complete round, with the Pareto front",
                Axis.linear("energy of the round (kJ)"), Axis.linear("mean test accuracy"), List.of(), series);
    }

    /** Median energy to reach the target, for the strategies whose median search reached it. */
    static Chart energyToTarget(TuningAnalysis a) {
        List<String> categories = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (StrategySummary s : a.summaries()) {
            if (Double.isFinite(s.medianJoulesToTarget())) {
                categories.add(s.strategy().id());
                values.add(s.medianJoulesToTarget() / 1e3);
            }
        }
        return new Chart("energy-to-target", "Energy to reach the target accuracy (median over searches; strategies "
                + "that did not reach it are left out)", Axis.linear("strategy"), Axis.linear("energy (kJ)"),
                categories, List.of(Series.bars("energy to target",
                        values.stream().mapToDouble(Double::doubleValue).toArray())));
    }

    private static Chart curves(TuningAnalysis a, String id, String title, Axis x, boolean energyAxis) {
        List<Series> series = new ArrayList<>();
        for (StrategySummary s : a.summaries()) {
            List<SearchTrace> traces = a.traces(s.strategy());
            int n = commonRounds(traces);
            List<double[]> rows = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                int round = r;
                double[] best = traces.stream().mapToDouble(t -> t.rounds().get(round).bestSoFar())
                        .filter(v -> !Double.isNaN(v)).toArray();
                if (best.length == traces.size()) {
                    double xv = energyAxis ? median(traces, r, rr -> rr.cumulativeJoules() / 1e3) : r + 1;
                    rows.add(new double[] {xv, Descriptive.median(best), Arrays.stream(best).min().orElseThrow(),
                            Descriptive.max(best)});
                }
            }
            String name = label(s.strategy(), traces.size());
            if (traces.size() > 1) {
                series.add(Series.band(s.strategy().id() + " (lowest to highest search)", column(rows, 0),
                        column(rows, 2), column(rows, 3)));
            }
            series.add(Series.of(name, Style.STEP, column(rows, 0), column(rows, 1)));
        }
        return new Chart(id, title, x, Axis.linear("best-so-far mean test accuracy"), List.of(), series);
    }

    private static String label(Strategy s, int searches) {
        return searches > 1 ? s.id() + " (median of " + searches + " searches)" : s.id();
    }

    /** Rounds every one of the traces has finished. */
    private static int commonRounds(List<SearchTrace> traces) {
        return traces.stream().mapToInt(t -> t.rounds().size()).min().orElse(0);
    }

    private static double median(List<SearchTrace> traces, int r, ToDoubleFunction<RoundRecord> f) {
        return Descriptive.median(traces.stream().mapToDouble(t -> f.applyAsDouble(t.rounds().get(r))).toArray());
    }

    private static double[] column(List<double[]> rows, int c) {
        return rows.stream().mapToDouble(p -> p[c]).toArray();
    }
}
