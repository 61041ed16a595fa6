package org.greentrain.study.tuning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greentrain.study.report.Report.Axis;
import org.greentrain.study.report.Report.Chart;
import org.greentrain.study.report.Report.Section;
import org.greentrain.study.report.Report.Series;
import org.greentrain.study.report.Report.Table;
import org.greentrain.tune.importance.ParamImportance;
import org.greentrain.tune.importance.PedAnova;
import org.greentrain.tune.space.Params;
import org.greentrain.tune.space.SearchSpace;

/**
 * The report section on which hyperparameters matter: PED-ANOVA importance ({@link PedAnova}) over the complete
 * rounds of every search, once for the accuracy and once for the joules a round cost.
 */
final class TuningImportance {

    private TuningImportance() {
    }

    /** The section, or a sentence saying why there is none yet. */
    static Section section(TuningAnalysis a) {
        List<Params> points = new ArrayList<>();
        List<Double> accuracy = new ArrayList<>();
        List<Double> joules = new ArrayList<>();
        for (SearchTrace trace : a.traces()) {
            for (RoundRecord r : trace.rounds()) {
                if (r.complete()) {
                    points.add(r.params());
                    accuracy.add(-r.accuracy());
                    joules.add(r.energyJoules());
                }
            }
        }
        String intro = "PED-ANOVA (Watanabe et al. 2023): how differently each hyperparameter is spread among the best "
                + "tenth of the complete rounds than among all " + points.size() + " of them, pooled over every "
                + "strategy and search; once ranking the rounds by accuracy, once by the joules they cost. The "
                + "Bayesian searches gather their rounds where they expect good results, which narrows the contrast "
                + "rather than widening it. A divergence near 0 means the best rounds are spread like the rest.";
        if (points.size() < PedAnova.MIN_TRIALS) {
            return new Section("importance", "Which hyperparameters matter", List.of(intro, "Too few complete "
                    + "rounds yet (" + points.size() + " of the " + PedAnova.MIN_TRIALS + " needed)."), List.of(),
                    List.of());
        }
        SearchSpace space = SearchSpace.parse(a.design().space());
        List<ParamImportance> forAccuracy = PedAnova.evaluate(space, points, toArray(accuracy),
                PedAnova.DEFAULT_TOP_FRACTION);
        Map<String, ParamImportance> forEnergy = new HashMap<>();
        PedAnova.evaluate(space, points, toArray(joules), PedAnova.DEFAULT_TOP_FRACTION)
                .forEach(p -> forEnergy.put(p.name(), p));
        List<String> names = new ArrayList<>();
        double[] accuracyShares = new double[forAccuracy.size()];
        double[] energyShares = new double[forAccuracy.size()];
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < forAccuracy.size(); i++) {
            ParamImportance acc = forAccuracy.get(i);
            ParamImportance energy = forEnergy.get(acc.name());
            names.add(acc.name());
            accuracyShares[i] = 100 * acc.share();
            energyShares[i] = 100 * energy.share();
            rows.add(List.of(acc.name(), percent(acc.share()), number(acc.divergence()), percent(energy.share()),
                    number(energy.divergence()), Integer.toString(acc.trials())));
        }
        Chart chart = new Chart("importance", "Share of the importance, by hyperparameter", Axis.linear("hyperparameter"),
                Axis.linear("share (%)"), names, List.of(Series.bars("for accuracy", accuracyShares),
                        Series.bars("for energy", energyShares)));
        Table table = new Table("importance-table", "Importance (PED-ANOVA, best 10% of the complete rounds)",
                List.of("hyperparameter", "accuracy: share", "accuracy: divergence", "energy: share",
                        "energy: divergence", "rounds"), rows);
        return new Section("importance", "Which hyperparameters matter", List.of(intro), List.of(chart),
                List.of(table));
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static String number(double divergence) {
        return Double.isNaN(divergence) ? "-" : String.format(Locale.ROOT, "%.3f", divergence);
    }
}
