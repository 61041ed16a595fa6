package org.greentrain.cli.tune;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.greentrain.tune.space.Param;
import org.greentrain.tune.space.SearchSpace;
import org.greentrain.tune.study.FrozenTrial;
import org.greentrain.tune.study.Goal;
import org.greentrain.tune.study.TrialEnergy;

/**
 * A study's trials as CSV: {@code number, state}, one {@code param_NAME} column per parameter (empty when inactive),
 * {@code value} (one goal) or {@code value_NAME} per goal, then energy with band, provenance, duration, carbon, times
 * and the failure reason. Numbers are written in Java's round-trip form.
 */
public final class TrialsCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private TrialsCsv() {
    }

    private static List<String> header(StudyView view) {
        List<String> h = new ArrayList<>(List.of("number", "state"));
        for (Param p : SearchSpace.parse(view.space()).params()) {
            h.add("param_" + p.name());
        }
        for (Goal g : view.goals()) {
            h.add(view.multiObjective() ? "value_" + g.name() : "value");
        }
        h.addAll(List.of("energy_joules", "energy_lower_joules", "energy_upper_joules", "energy_provenance",
                "duration_seconds", "co2e_grams", "started_at", "completed_at", "fail_reason"));
        return h;
    }

    /** Writes the header and one row per trial; {@code out} is flushed, not closed. */
    public static void write(StudyView view, Appendable out) throws IOException {
        List<Param> params = SearchSpace.parse(view.space()).params();
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(header(view));
        for (FrozenTrial t : view.trials()) {
            List<Object> row = new ArrayList<>(List.of(t.number(), t.state().name()));
            for (Param p : params) {
                row.add(t.params().has(p.name()) ? p.format(t.params().get(p.name())) : "");
            }
            for (int i = 0; i < view.goals().size(); i++) {
                row.add(i < t.values().length ? Double.toString(t.value(i)) : "");
            }
            TrialEnergy e = t.energy();
            row.add(e == null ? "" : Double.toString(e.joules()));
            row.add(e == null ? "" : Double.toString(e.lowerJoules()));
            row.add(e == null ? "" : Double.toString(e.upperJoules()));
            row.add(e == null ? "" : e.provenance());
            row.add(e == null ? "" : Double.toString(e.durationSeconds()));
            row.add(e == null || Double.isNaN(e.co2eGrams()) ? "" : Double.toString(e.co2eGrams()));
            row.add(t.startedAt().toString());
            row.add(t.completedAt() == null ? "" : t.completedAt().toString());
            row.add(t.failReason().orElse(""));
            printer.printRecord(row);
        }
        printer.flush();
    }
}
