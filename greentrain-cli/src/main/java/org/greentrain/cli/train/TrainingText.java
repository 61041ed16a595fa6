package org.greentrain.cli.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.greentrain.cli.common.TextTable;
import org.greentrain.cli.common.Units;
import org.greentrain.energy.Measurement;
import org.greentrain.train.metrics.ClassificationReport;
import org.greentrain.train.trainer.EpochRecord;
import org.greentrain.train.trainer.ReductionSummary;
import org.greentrain.train.trainer.StopReason;
import org.greentrain.train.trainer.TrainingResult;

/**
 * The human-readable form of a training run: what was trained on what, the per-epoch table, then the final table of
 * test accuracy, macro-F1, time, energy with its band and provenance, and carbon.
 */
final class TrainingText {

    private TrainingText() {
    }

    static String render(TrainingRun run) {
        TrainingResult r = run.result();
        StringBuilder out = new StringBuilder();
        line(out, "model", r.spec() + String.format(Locale.ROOT, " (%,d parameters)", r.parameterCount()));
        line(out, "data", String.format(Locale.ROOT, "%s: %,d training rows, %,d test rows", run.dataset(),
                r.trainRows(), r.testRows()));
        line(out, "split", run.split());
        line(out, "scaling", run.scaling());
        if (r.reduction() != null) {
            line(out, "reduction", reduction(r.reduction()));
        }
        line(out, "optimizer", String.format(Locale.ROOT, "%s, batch %d, seed %d, %d threads",
                r.config().optimizer().canonical(), r.config().batchSize(), r.config().initSeed(), run.threads()));
        if (r.stopReason() == StopReason.EARLY_STOPPED) {
            line(out, "stopped", "early after epoch " + r.lastEpoch().epoch() + " of " + r.config().epochs() + " ("
                    + r.config().earlyStopping().canonical() + ")");
        }
        out.append('\n').append(epochs(r.epochs())).append('\n').append(summary(run));
        return out.toString();
    }

    /** One row per epoch; the stage column appears only when forgetting events split the run into stages. */
    static String epochs(List<EpochRecord> records) {
        boolean stages = records.stream().anyMatch(e -> !e.stage().equals("train"));
        List<String> headers = new ArrayList<>(List.of(" epoch", " rows", " loss", " train acc", " test acc",
                " seconds", " samples/s", " energy"));
        if (stages) {
            headers.add(1, "stage");
        }
        TextTable table = new TextTable(headers.toArray(new String[0]));
        for (EpochRecord e : records) {
            List<Object> cells = new ArrayList<>(List.of(e.epoch(), String.format(Locale.ROOT, "%,d", e.trainRows()),
                    String.format(Locale.ROOT, "%.4f", e.trainLoss()), percent(e.trainAccuracy()),
                    percent(e.testAccuracy()), String.format(Locale.ROOT, "%.2f", e.epochSeconds()),
                    String.format(Locale.ROOT, "%,.0f", e.samplesPerSecond()), Units.joules(e.energyJoules())));
            if (stages) {
                cells.add(1, e.stage());
            }
            table.row(cells.toArray());
        }
        return table.render();
    }

    /** The final table: test metrics, time, energy and carbon of the whole run, and where the model was saved. */
    static String summary(TrainingRun run) {
        TrainingResult r = run.result();
        ClassificationReport test = r.test();
        Measurement m = r.measurement();
        TextTable table = new TextTable("result", "value");
        table.row("test accuracy", percent(test.accuracy()));
        table.row("macro-F1", String.format(Locale.ROOT, "%.4f", test.macroF1()));
        table.row("time", Units.seconds(m.durationSeconds()));
        table.row("energy", String.format(Locale.ROOT, "%s (plausible %s .. %s; %s)", Units.joules(m.energyJoules()),
                Units.joules(m.energyLowerJoules()), Units.joules(m.energyUpperJoules()), m.provenanceSummary()));
        table.row("carbon", String.format(Locale.ROOT, "%s (%.1f gCO2e/kWh, %s)", Units.co2e(m.co2eGrams()),
                m.carbon().gramsPerKwh(), m.carbon().country()));
        if (run.savedTo() != null) {
            table.row("saved to", run.savedTo());
        }
        return table.render();
    }

    private static String reduction(ReductionSummary s) {
        return String.format(Locale.ROOT, "%s kept %,d of %,d rows (keep %s), cost %s and %s%s", s.method(),
                s.rowsAfter(), s.rowsBefore(), s.keepFraction(), Units.seconds(s.cost().durationSeconds()),
                Units.joules(s.cost().energyJoules()), s.notes().isEmpty() ? "" : "; " + String.join("; ", s.notes()));
    }

    private static String percent(double fraction) {
        return Double.isNaN(fraction) ? "-" : String.format(Locale.ROOT, "%.2f%%", 100 * fraction);
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format(Locale.ROOT, "%-10s %s%n", label, value));
    }
}
