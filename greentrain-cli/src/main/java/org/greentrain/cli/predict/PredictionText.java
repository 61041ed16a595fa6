package org.greentrain.cli.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.greentrain.cli.common.TextTable;
import org.greentrain.cli.common.Units;
import org.greentrain.energy.Measurement;
import org.greentrain.train.io.ClassProbabilities;
import org.greentrain.train.metrics.ClassMetrics;
import org.greentrain.train.metrics.ClassificationReport;

/**
 * The human-readable form of a prediction run: which model on which rows, the predictions themselves when they were
 * not written to a file, the evaluation (per-class precision, recall and F1, then the confusion matrix) when the rows
 * have labels, and a final table of time, energy with its band and provenance, energy per 1,000 predictions and
 * carbon.
 */
final class PredictionText {

    private PredictionText() {
    }

    static String render(PredictionRun run) {
        StringBuilder out = new StringBuilder();
        line(out, "model", String.format(Locale.ROOT, "%s: %s (%,d parameters)", run.model(), run.spec(),
                run.parameters()));
        PredictionInput input = run.input();
        line(out, "input", String.format(Locale.ROOT, "%s: %,d %s, %s", input.name(), input.rows(),
                input.rows() == 1 ? "row" : "rows",
                input.labelled() ? "labels in '" + input.labelColumn() + "'" : "no labels"));
        line(out, "scaling", run.scaling() + " (saved with the model)");
        if (run.out() != null) {
            line(out, "output", run.out().toString());
        } else {
            out.append('\n').append(predictions(run));
        }
        if (run.evaluation() != null) {
            out.append('\n').append(classes(run.evaluation())).append('\n').append(confusion(run));
        }
        out.append('\n').append(summary(run));
        return out.toString();
    }

    /** One row per prediction: index, predicted class, and each class's probability. */
    private static String predictions(PredictionRun run) {
        List<String> headers = new ArrayList<>(List.of(" index", "predicted"));
        run.classNames().forEach(c -> headers.add(" p(" + c + ")"));
        TextTable table = new TextTable(headers.toArray(new String[0]));
        ClassProbabilities p = run.predictions();
        for (int r = 0; r < p.rows(); r++) {
            List<Object> cells = new ArrayList<>(List.of(run.input().rowIds()[r],
                    run.classNames().get(p.predicted(r))));
            for (int c = 0; c < p.classes(); c++) {
                cells.add(String.format(Locale.ROOT, "%.4f", p.probability(r, c)));
            }
            table.row(cells.toArray());
        }
        return table.render();
    }

    private static String classes(ClassificationReport report) {
        TextTable table = new TextTable("class", " support", " predicted", " precision", " recall", " F1");
        for (ClassMetrics m : report.classes()) {
            table.row(m.name(), m.support(), m.predicted(), ratio(m.precision()), ratio(m.recall()), ratio(m.f1()));
        }
        table.row("macro average", "", "", ratio(report.macroPrecision()), ratio(report.macroRecall()),
                ratio(report.macroF1()));
        return table.render();
    }

    /** Rows are the true classes, columns the predicted ones. */
    private static String confusion(PredictionRun run) {
        List<String> classes = run.classNames();
        List<String> headers = new ArrayList<>(List.of("true \\ predicted"));
        classes.forEach(c -> headers.add(" " + c));
        TextTable table = new TextTable(headers.toArray(new String[0]));
        int[][] counts = run.evaluation().confusion().counts();
        for (int actual = 0; actual < classes.size(); actual++) {
            List<Object> cells = new ArrayList<>(List.of(classes.get(actual)));
            for (int predicted = 0; predicted < classes.size(); predicted++) {
                cells.add(counts[actual][predicted]);
            }
            table.row(cells.toArray());
        }
        return table.render();
    }

    private static String summary(PredictionRun run) {
        Measurement m = run.measurement();
        Measurement inference = run.inference();
        TextTable table = new TextTable("result", "value");
        if (run.evaluation() != null) {
            table.row("accuracy", String.format(Locale.ROOT, "%.2f%%", 100 * run.evaluation().accuracy()));
            table.row("macro-F1", ratio(run.evaluation().macroF1()));
        }
        table.row("predictions", String.format(Locale.ROOT, "%,d (%,.0f per second)", run.input().rows(),
                run.input().rows() / Math.max(inference.durationSeconds(), 1e-9)));
        table.row("time", Units.seconds(m.durationSeconds()) + " (inference " + Units.seconds(
                inference.durationSeconds()) + ")");
        table.row("energy", String.format(Locale.ROOT, "%s (plausible %s .. %s; %s)", Units.joules(m.energyJoules()),
                Units.joules(m.energyLowerJoules()), Units.joules(m.energyUpperJoules()), m.provenanceSummary()));
        table.row("per 1,000 predictions", String.format(Locale.ROOT, "%.3g J (inference; %s)",
                run.joulesPerThousand(), inference.provenanceSummary()));
        table.row("carbon", String.format(Locale.ROOT, "%s (%.1f gCO2e/kWh, %s)", Units.co2e(m.co2eGrams()),
                m.carbon().gramsPerKwh(), m.carbon().country()));
        return table.render();
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format(Locale.ROOT, "%-10s %s%n", label, value));
    }
}
